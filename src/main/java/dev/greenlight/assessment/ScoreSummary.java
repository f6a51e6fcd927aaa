package dev.greenlight.assessment;

import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;

/** The score figures kept in columns for lists, the review queue and the portfolio. */
public record ScoreSummary(
        String modelVersion,
        double score,
        Recommendation recommendation,
        EthicsLevel ethicsLevel,
        EuAiActTier euAiActTier,
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
