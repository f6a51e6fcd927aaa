package dev.greenlight.scoring;

import java.util.EnumSet;
import java.util.Set;

/** Ethical impact level; each level adds required controls to those of the level below. */
public enum EthicsLevel {
    I("minimal", EnumSet.noneOf(Mitigation.class)),
    II("moderate", EnumSet.of(Mitigation.DOCUMENTATION, Mitigation.PRODUCTION_MONITORING)),
    III("high", EnumSet.of(Mitigation.DOCUMENTATION, Mitigation.PRODUCTION_MONITORING,
            Mitigation.HUMAN_OVERSIGHT, Mitigation.BIAS_TESTING, Mitigation.APPEAL_PROCESS)),
    IV("very high", EnumSet.of(Mitigation.DOCUMENTATION, Mitigation.PRODUCTION_MONITORING,
            Mitigation.HUMAN_OVERSIGHT, Mitigation.BIAS_TESTING, Mitigation.APPEAL_PROCESS,
            Mitigation.INDEPENDENT_REVIEW));

    private final String label;
    private final EnumSet<Mitigation> requiredControls;

    EthicsLevel(String label, EnumSet<Mitigation> requiredControls) {
        this.label = label;
        this.requiredControls = requiredControls;
    }

    public String label() {
        return label;
    }

    /** Controls that must be in place at this level, in {@link Mitigation} order. */
    public Set<Mitigation> requiredControls() {
        return EnumSet.copyOf(requiredControls);
    }

    /**
     * The level for a share of the maximum risk. Boundaries belong to the lower level
     * (exactly 0.25 is still I), as PRODUCT.md §3.2 writes them with "≤".
     */
    public static EthicsLevel forRiskShare(double share) {
        if (Double.isNaN(share)) {
            throw new IllegalArgumentException("risk share must be a number");
        }
        if (share <= 0.25) {
            return I;
        }
        if (share <= 0.50) {
            return II;
        }
        if (share <= 0.75) {
            return III;
        }
        return IV;
    }
}
