package dev.greenlight.brief;

import java.time.Instant;

/**
 * One assessment in the portfolio workbook. Numbers are null while an assessment has no score yet.
 *
 * @param recommendation the {@link dev.greenlight.scoring.Recommendation} name (e.g. "GO_WITH_CONDITIONS"), or null
 * @param level          the {@link dev.greenlight.scoring.EthicsLevel} name ("I" to "IV"), or null
 * @param tier           the {@link dev.greenlight.scoring.EuAiActTier} name (e.g. "HIGH_RISK"), or null
 * @param residualRisk   residual ethical risk in points (0 to {@link dev.greenlight.scoring.RiskQuestion#MAX_RAW_RISK})
 * @param currency       the currency of the two NPVs: assessments may use different ones
 * @param tracking       the tracking status's label for approved projects (PRODUCT.md §7), else null
 * @param variance       cumulative actual − forecast net cash to the last check-in, in {@code currency}, or null
 * @param incrementalRiskAdjustedNpv what AI adds over the priced non-AI alternative, or null when none was priced
 */
public record PortfolioRow(String title, String team, String owner, String status, String recommendation,
                           Double score, Double value, Double confidence, Double readiness, Double ethics,
                           String currency, Double npv, Double riskAdjustedNpv, Double probabilityNpvPositive,
                           Double residualRisk, String level, String tier, Instant updated, String tracking, Double variance,
                           Double incrementalRiskAdjustedNpv) {

    /** A row of a project that is not tracked and has no priced alternative. */
    public PortfolioRow(String title, String team, String owner, String status, String recommendation, Double score,
                        Double value, Double confidence, Double readiness, Double ethics, String currency, Double npv,
                        Double riskAdjustedNpv, Double probabilityNpvPositive, Double residualRisk, String level, String tier,
                        Instant updated) {
        this(title, team, owner, status, recommendation, score, value, confidence, readiness, ethics, currency, npv,
                riskAdjustedNpv, probabilityNpvPositive, residualRisk, level, tier, updated, null, null, null);
    }

    /** A row without a priced alternative. */
    public PortfolioRow(String title, String team, String owner, String status, String recommendation, Double score,
                        Double value, Double confidence, Double readiness, Double ethics, String currency, Double npv,
                        Double riskAdjustedNpv, Double probabilityNpvPositive, Double residualRisk, String level, String tier,
                        Instant updated, String tracking, Double variance) {
        this(title, team, owner, status, recommendation, score, value, confidence, readiness, ethics, currency, npv,
                riskAdjustedNpv, probabilityNpvPositive, residualRisk, level, tier, updated, tracking, variance, null);
    }

    /** A row of a project that is not tracked. */
    public PortfolioRow(String title, String team, String owner, String status, String recommendation, Double score,
                        Double value, Double confidence, Double readiness, Double ethics, String currency, Double npv,
                        Double riskAdjustedNpv, Double probabilityNpvPositive, Double residualRisk, String level, String tier,
                        Instant updated, Double incrementalRiskAdjustedNpv) {
        this(title, team, owner, status, recommendation, score, value, confidence, readiness, ethics, currency, npv,
                riskAdjustedNpv, probabilityNpvPositive, residualRisk, level, tier, updated, null, null, incrementalRiskAdjustedNpv);
    }
}
