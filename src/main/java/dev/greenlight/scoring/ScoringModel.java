package dev.greenlight.scoring;

/**
 * The tunable parameters of the scoring model. Every score records {@link #version()}, so an admin who changes a
 * weight must also change the version for old and new scores to stay comparable.
 *
 * @param defaultDiscountRate the rate a new assessment starts with; the engine itself always uses the rate in
 *                            {@link FinancialInput}
 */
public record ScoringModel(String version, double valueWeight, double confidenceWeight, double readinessWeight,
                           double ethicsWeight, double goThreshold, double conditionsThreshold,
                           double reviseThreshold, double complianceCostLevelII, double complianceCostLevelIII,
                           double complianceCostLevelIV, double defaultDiscountRate, int trials, long seed,
                           Distribution distribution, int histogramBins) {

    public static final int MIN_TRIALS = 100;
    public static final int MAX_TRIALS = 1_000_000;
    public static final int MAX_HISTOGRAM_BINS = 1_000;

    public static final ScoringModel V1 = new ScoringModel("v1", 0.35, 0.25, 0.15, 0.25, 70, 50, 35,
            10_000, 50_000, 150_000, 0.10, 10_000, 42L, Distribution.PERT, 30);

    public ScoringModel {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        requireShare("valueWeight", valueWeight);
        requireShare("confidenceWeight", confidenceWeight);
        requireShare("readinessWeight", readinessWeight);
        requireShare("ethicsWeight", ethicsWeight);
        double sum = valueWeight + confidenceWeight + readinessWeight + ethicsWeight;
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("weights must sum to 1 (valueWeight + confidenceWeight + "
                    + "readinessWeight + ethicsWeight = " + sum + ")");
        }
        requireScore("reviseThreshold", reviseThreshold);
        requireScore("conditionsThreshold", conditionsThreshold);
        requireScore("goThreshold", goThreshold);
        if (conditionsThreshold < reviseThreshold) {
            throw new IllegalArgumentException("conditionsThreshold must be ≥ reviseThreshold");
        }
        if (goThreshold < conditionsThreshold) {
            throw new IllegalArgumentException("goThreshold must be ≥ conditionsThreshold");
        }
        requireCost("complianceCostLevelII", complianceCostLevelII);
        requireCost("complianceCostLevelIII", complianceCostLevelIII);
        requireCost("complianceCostLevelIV", complianceCostLevelIV);
        if (!(defaultDiscountRate >= 0 && defaultDiscountRate < 1)) {
            throw new IllegalArgumentException("defaultDiscountRate must be in [0, 1), was " + defaultDiscountRate);
        }
        if (trials < MIN_TRIALS || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be between " + MIN_TRIALS + " and " + MAX_TRIALS
                    + ", was " + trials);
        }
        if (distribution == null) {
            throw new IllegalArgumentException("distribution must not be null");
        }
        if (histogramBins < 1 || histogramBins > MAX_HISTOGRAM_BINS) {
            throw new IllegalArgumentException("histogramBins must be between 1 and " + MAX_HISTOGRAM_BINS
                    + ", was " + histogramBins);
        }
    }

    /** The annual compliance cost that responsible operation at this ethics level adds to the run costs. */
    public double complianceCost(EthicsLevel level) {
        return switch (level) {
            case I -> 0;
            case II -> complianceCostLevelII;
            case III -> complianceCostLevelIII;
            case IV -> complianceCostLevelIV;
        };
    }

    public ScoringModel withTrials(int newTrials) {
        return new ScoringModel(version, valueWeight, confidenceWeight, readinessWeight, ethicsWeight, goThreshold,
                conditionsThreshold, reviseThreshold, complianceCostLevelII, complianceCostLevelIII,
                complianceCostLevelIV, defaultDiscountRate, newTrials, seed, distribution, histogramBins);
    }

    public ScoringModel withSeed(long newSeed) {
        return new ScoringModel(version, valueWeight, confidenceWeight, readinessWeight, ethicsWeight, goThreshold,
                conditionsThreshold, reviseThreshold, complianceCostLevelII, complianceCostLevelIII,
                complianceCostLevelIV, defaultDiscountRate, trials, newSeed, distribution, histogramBins);
    }

    public ScoringModel withDistribution(Distribution newDistribution) {
        return new ScoringModel(version, valueWeight, confidenceWeight, readinessWeight, ethicsWeight, goThreshold,
                conditionsThreshold, reviseThreshold, complianceCostLevelII, complianceCostLevelIII,
                complianceCostLevelIV, defaultDiscountRate, trials, seed, newDistribution, histogramBins);
    }

    private static void requireShare(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], was " + value);
        }
    }

    private static void requireScore(String field, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(field + " must be in [0, 100], was " + value);
        }
    }

    private static void requireCost(String field, double value) {
        if (!(value >= 0 && value <= InputValidator.MAX_MONEY)) {
            throw new IllegalArgumentException(field + " must be between 0 and " + InputValidator.MAX_MONEY
                    + ", was " + value);
        }
    }
}
