package dev.greenlight.assessment;

import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The stored score's figures as one value of the assessment row: the columns lists, the review queue and the
 * portfolio filter and sort on (decision records 001, 005). All null until the assessment can be scored.
 */
@Embeddable
record ScoreColumns(
        @Column(name = "model_version", length = 16) String modelVersion,
        Double score,
        @Enumerated(EnumType.STRING) @Column(length = 32) Recommendation recommendation,
        @Enumerated(EnumType.STRING) @Column(name = "ethics_level", length = 4) EthicsLevel ethicsLevel,
        @Enumerated(EnumType.STRING) @Column(name = "eu_tier", length = 16) EuAiActTier euTier,
        @Column(name = "value_score") Double valueScore,
        @Column(name = "confidence_score") Double confidenceScore,
        @Column(name = "readiness_score") Double readinessScore,
        @Column(name = "ethics_score") Double ethicsScore,
        Double npv,
        @Column(name = "risk_adjusted_npv") Double riskAdjustedNpv,
        @Column(name = "probability_npv_positive") Double probabilityNpvPositive,
        @Column(name = "build_cost") Double buildCost,
        @Column(name = "residual_risk") Double residualRisk,
        @Column(name = "incremental_risk_adjusted_npv") Double incrementalRiskAdjustedNpv) {

    static ScoreColumns of(ScoreSummary s) {
        return s == null ? null : new ScoreColumns(s.modelVersion(), s.score(), s.recommendation(), s.ethicsLevel(),
                s.euAiActTier(), s.value(), s.confidence(), s.readiness(), s.ethics(), s.npv(), s.riskAdjustedNpv(),
                s.probabilityNpvPositive(), s.buildCost(), s.residualRisk(), s.incrementalRiskAdjustedNpv());
    }

    ScoreSummary summary(String currency) {
        return new ScoreSummary(modelVersion, score, recommendation, ethicsLevel, euTier, valueScore, confidenceScore,
                readinessScore, ethicsScore, npv, riskAdjustedNpv, probabilityNpvPositive, buildCost, residualRisk, currency,
                incrementalRiskAdjustedNpv);
    }
}
