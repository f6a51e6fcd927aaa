package dev.greenlight.portfolio;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.scoring.Recommendation;
import java.util.List;
import java.util.Map;

/**
 * The figures a leader reads first, for the filtered portfolio. Money is summed per currency, never across
 * currencies.
 *
 * @param approvedRiskAdjustedNpv total risk-adjusted NPV of approved projects (with or without conditions)
 * @param buildCost               total build cost of every project in the set
 * @param needingConditions       projects recommended "go with conditions" or approved with conditions
 * @param currencies              the currencies in the set, most used first
 * @param tracked                 projects of the set with at least one check-in (PRODUCT.md §7)
 * @param trackedActualNetCash    their cumulative realised net cash, per currency
 * @param trackedForecastNetCash  their cumulative forecast net cash to each one's last check-in, per currency
 */
public record Headline(long count, Map<Recommendation, Long> byRecommendation, Map<AssessmentStatus, Long> byStatus,
                       Map<String, Double> approvedRiskAdjustedNpv, Map<String, Double> buildCost,
                       long needingConditions, List<String> currencies, long tracked,
                       Map<String, Double> trackedActualNetCash, Map<String, Double> trackedForecastNetCash) {
}
