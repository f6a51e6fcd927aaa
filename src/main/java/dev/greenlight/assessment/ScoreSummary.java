package dev.greenlight.assessment;

/** The score figures kept in columns for lists, the review queue and the portfolio. */
public record ScoreSummary(
        String modelVersion,
        double score,
        String recommendation,
        String ethicsLevel,
        String euAiActTier,
        Double value,
        Double confidence,
        Double readiness,
        Double ethics,
        Double npv,
        Double riskAdjustedNpv,
        Double probabilityNpvPositive,
        Double buildCost,
        Double residualRisk,
        String currency) {
}
