package dev.greenlight.portfolio;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.brief.PortfolioRow;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.tracking.TrackingStatus;
import java.time.Instant;

/**
 * One assessment as the portfolio shows it: the figures stored with its latest score. Numbers are null when
 * the assessment has no score (a submitted assessment always has one).
 *
 * @param buildCost    the one-off build cost, in {@code currency}
 * @param residualRisk residual ethical risk in points after mitigations
 * @param tracking     how an approved (or stopped) project does against its forecast; null for the others
 * @param variance     cumulative actual − forecast net cash to its last check-in; null before the first
 * @param incrementalRiskAdjustedNpv what the AI option adds over the priced non-AI alternative (risk-adjusted NPV,
 *                                   PRODUCT.md §6.2); null when none was priced
 */
public record PortfolioEntry(long id, String title, String team, String owner, AssessmentStatus status,
                             Recommendation recommendation, Double score, Double value, Double confidence,
                             Double readiness, Double ethics, String currency, Double npv, Double riskAdjustedNpv,
                             Double probabilityNpvPositive, Double residualRisk, Double buildCost,
                             EthicsLevel level, EuAiActTier tier, Instant updated, TrackingStatus tracking, Double variance,
                             Double incrementalRiskAdjustedNpv) {

    /** §6.2: the non-AI way returns at least as much, so the recommendation is capped at revise. */
    public boolean alternativeReturnsAsMuch() {
        return incrementalRiskAdjustedNpv != null && incrementalRiskAdjustedNpv <= 0;
    }

    /** The row of the portfolio workbook, the owner named by {@code ownerName} (the display name people read). */
    public PortfolioRow toRow(java.util.function.UnaryOperator<String> ownerName) {
        return new PortfolioRow(title, team, ownerName.apply(owner), status.label(), recommendation == null ? null : recommendation.name(),
                score, value, confidence, readiness, ethics, currency, npv, riskAdjustedNpv, probabilityNpvPositive,
                residualRisk, level == null ? null : level.name(), tier == null ? null : tier.name(), updated,
                tracking == null ? null : tracking.label(), variance, incrementalRiskAdjustedNpv);
    }
}
