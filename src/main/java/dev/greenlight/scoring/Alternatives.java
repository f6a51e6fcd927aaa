package dev.greenlight.scoring;

/**
 * Prices the best non-AI alternative (PRODUCT.md §6.2) with the same financial model as the AI option, without a
 * compliance cost, and simulates it in the same trials as the AI option with an independent random stream.
 */
public final class Alternatives {

    /** Salts the seed of the alternative's stream, so the AI option's draws are the same with or without it. */
    private static final long STREAM_SALT = 0x9E3779B97F4A7C15L;

    private Alternatives() {
    }

    /**
     * @param ai       the AI option's deterministic model
     * @param aiTrials the AI option's trial NPVs in simulation order (not sorted)
     */
    public static AlternativeResult price(FinancialModel ai, double[] aiTrials, ScoringModel scoring) {
        AlternativeInput alternative = ai.input().alternative();
        var model = new FinancialModel(alternative.asFinancialInput(ai.input()), 0);
        double[] trials = new MonteCarlo(model, scoring.distribution()).trialNpvs(aiTrials.length,
                scoring.seed() ^ STREAM_SALT);
        int beats = 0;
        for (int i = 0; i < trials.length; i++) {
            if (aiTrials[i] > trials[i]) {
                beats++;
            }
        }
        double riskAdjusted = model.riskAdjustedNpv();
        return new AlternativeResult(alternative.name().strip(), alternative.probabilityOfSuccess(),
                model.cashFlowList(), model.npv(), riskAdjusted, model.irr(), model.paybackMonths(),
                ai.riskAdjustedNpv() - riskAdjusted, (double) beats / trials.length, model.buildCost(),
                model.annualRunCost(), model.annualBenefit());
    }
}
