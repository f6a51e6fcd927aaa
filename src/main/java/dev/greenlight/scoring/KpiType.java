package dev.greenlight.scoring;

/** The kind of business result a project promises. */
public enum KpiType {
    COST_SAVINGS("cost savings"),
    REVENUE("revenue"),
    RISK_REDUCTION("risk reduction"),
    ENGAGEMENT("engagement"),
    PRODUCTIVITY("productivity"),
    QUALITY("quality");

    private final String label;

    KpiType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
