package dev.greenlight.scoring;

/** What the business case paragraph talks about; every field may be null while a draft is incomplete. */
public record NarrativeInput(String title, KpiType kpiType, String kpiName, String unit, Double baseline,
                             Double target, Integer monthsToImpact) {

    public static NarrativeInput untitled() {
        return new NarrativeInput(null, null, null, null, null, null, null);
    }
}
