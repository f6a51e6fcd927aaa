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

    /** The alternative's deterministic model, given the AI option's. */
    static FinancialModel model(FinancialModel ai) {
        return new FinancialModel(ai.input().alternative().asFinancialInput(ai.input()), 0);
    }

    /** The alternative's trials, as many as the AI option's and paired with them by index. */
    static Trials simulate(FinancialModel alternative, int trials, ScoringModel scoring) {
        return new MonteCarlo(alternative, scoring.distribution()).trials(trials, scoring.seed() ^ STREAM_SALT);
    }

    /**
     * @param ai          the AI option's deterministic model
     * @param aiTrials    the AI option's trial NPVs in simulation order (not sorted)
     * @param alternative the alternative's model and {@link #simulate simulated} trials
     */
    static AlternativeResult price(FinancialModel ai, double[] aiTrials, FinancialModel alternative,
                                   double[] alternativeTrials) {
        AlternativeInput input = ai.input().alternative();
        int beats = 0;
        for (int i = 0; i < alternativeTrials.length; i++) {
            if (aiTrials[i] > alternativeTrials[i]) {
                beats++;
            }
        }
        double riskAdjusted = alternative.riskAdjustedNpv();
        return new AlternativeResult(input.name().strip(), input.probabilityOfSuccess(),
                alternative.cashFlowList(), alternative.npv(), riskAdjusted, alternative.irr(),
                alternative.paybackMonths(), ai.riskAdjustedNpv() - riskAdjusted,
                (double) beats / alternativeTrials.length, alternative.buildCost(), alternative.annualRunCost(),
                alternative.annualBenefit());
    }
}
