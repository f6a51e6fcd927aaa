package dev.greenlight.scoring;

import java.util.List;

/**
 * What the business case paragraph talks about; every field may be null while a draft is incomplete.
 *
 * @param sponsor      who answers for the project (the questionnaire's sponsor), or null
 * @param killCriteria the team's own words for when the project stops, or null
 * @param killRules    the measurable kill rules, each already in words ("Stop if production recall is below 0.50
 *                     from month 6"); empty when there are none
 */
public record NarrativeInput(String title, KpiType kpiType, String kpiName, String unit, Double baseline,
                             Double target, Integer monthsToImpact, String sponsor, String killCriteria,
                             List<String> killRules) {

    public NarrativeInput {
        killRules = killRules == null ? List.of() : List.copyOf(killRules);
    }

    /** A narrative that names no sponsor and no kill criterion. */
    public NarrativeInput(String title, KpiType kpiType, String kpiName, String unit, Double baseline, Double target,
                          Integer monthsToImpact) {
        this(title, kpiType, kpiName, unit, baseline, target, monthsToImpact, null, null, List.of());
    }

    public static NarrativeInput untitled() {
        return new NarrativeInput(null, null, null, null, null, null, null);
    }
}
