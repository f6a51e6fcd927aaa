package dev.greenlight.scoringmodel;

import dev.greenlight.scoring.ScoringModel;

/**
 * What an administrator tunes in the scoring model (PRODUCT.md §1, §3): the subscore weights (summing to 1),
 * the recommendation thresholds, the annual compliance costs per ethics level and the default discount rate.
 * The Monte Carlo settings stay as they are.
 */
public record ScoringParameters(double valueWeight, double confidenceWeight, double readinessWeight, double ethicsWeight,
                                double goThreshold, double conditionsThreshold, double reviseThreshold,
                                double complianceCostLevelII, double complianceCostLevelIII, double complianceCostLevelIV,
                                double defaultDiscountRate) {

    public static ScoringParameters of(ScoringModel m) {
        return new ScoringParameters(m.valueWeight(), m.confidenceWeight(), m.readinessWeight(), m.ethicsWeight(),
                m.goThreshold(), m.conditionsThreshold(), m.reviseThreshold(), m.complianceCostLevelII(),
                m.complianceCostLevelIII(), m.complianceCostLevelIV(), m.defaultDiscountRate());
    }

    /** These parameters on top of {@code base}'s simulation settings, as model {@code version}; throws naming the bad field. */
    ScoringModel toModel(String version, ScoringModel base) {
        return new ScoringModel(version, valueWeight, confidenceWeight, readinessWeight, ethicsWeight, goThreshold,
                conditionsThreshold, reviseThreshold, complianceCostLevelII, complianceCostLevelIII, complianceCostLevelIV,
                defaultDiscountRate, base.trials(), base.seed(), base.distribution(), base.histogramBins());
    }
}
