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
        String currency,
        Double incrementalRiskAdjustedNpv) {

    /** A score without a priced alternative (PRODUCT.md §6.2), or one stored before method 2. */
    public ScoreSummary(String modelVersion, double score, Recommendation recommendation, EthicsLevel ethicsLevel,
            EuAiActTier euAiActTier, Double value, Double confidence, Double readiness, Double ethics, Double npv,
            Double riskAdjustedNpv, Double probabilityNpvPositive, Double buildCost, Double residualRisk,
            String currency) {
        this(modelVersion, score, recommendation, ethicsLevel, euAiActTier, value, confidence, readiness, ethics, npv,
                riskAdjustedNpv, probabilityNpvPositive, buildCost, residualRisk, currency, null);
    }
}
