package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fraud sample with its main benefit measured on validation data (PRODUCT.md §9.1) and a priced alternative:
 * the case the method-3 tests and the benchmark score. Public for the benchmarks.
 * <p>
 * The validation set is generated, deterministically: 2,000 frauds and 48,000 genuine transactions, each given a
 * score 1 / (1 + e^−x) with x normal around −0.5 for frauds and −3.5 for the others (standard deviation 1), rounded
 * to three decimals as a scoring service would report it.
 */
public final class MeasuredInputs {

    public static final int FRAUDS = 2_000;
    public static final int GENUINE = 48_000;

    private MeasuredInputs() {
    }

    /** The generated rows: {score, 1 for fraud or 0}. */
    public static double[][] rows(long seed) {
        var random = new SplittableRandom(seed);
        double[][] rows = new double[FRAUDS + GENUINE][];
        for (int i = 0; i < rows.length; i++) {
            boolean fraud = i < FRAUDS;
            double x = (fraud ? -0.5 : -3.5) + random.nextGaussian();
            rows[i] = new double[]{Math.round(1_000 / (1 + Math.exp(-x))) / 1_000.0, fraud ? 1 : 0};
        }
        return rows;
    }

    public static ValidationCurve curve(double[][] rows) {
        var distinct = new CurveTally.DistinctScores();
        for (double[] row : rows) {
            distinct.add(row[0]);
        }
        var tally = new CurveTally(distinct.values());
        for (double[] row : rows) {
            tally.add(row[0], row[1] == 1, 1);
        }
        return tally.curve("fraud-validation.csv");
    }

    /** The fraud line at the validation set's best threshold, at the fraud case's volumes. */
    public static DetectionModel fraudModel(ValidationCurve curve) {
        return DetectionModel.measured(new Range(110e6, 120e6, 130e6), new Range(0.0022, 0.0026, 0.003),
                new Range(30, 40, 48), new Range(0.12, 0.17, 0.24), 0.42, 0.04, curve);
    }

    public static ScoringInput measuredFraud() {
        return measuredFraud(fraudModel(curve(rows(2026))));
    }

    public static ScoringInput measuredFraud(DetectionModel model) {
        ScoringInput fraud = SampleInputs.fraud();
        FinancialInput f = fraud.financials();
        var benefits = new ArrayList<>(f.annualBenefits());
        benefits.set(0, MoneyLine.derived("Fraud losses avoided", model, Evidence.DATA));
        var alternative = new AlternativeInput("Tighter rules and 8 more analysts", 0.9,
                List.of(new MoneyLine("Rules consultancy", 80_000, 120_000, 200_000, Evidence.BENCHMARK)),
                List.of(new MoneyLine("Analysts", 900_000, 1_100_000, 1_300_000, Evidence.DATA)),
                List.of(new MoneyLine("Losses avoided", 200_000, 400_000, 600_000, Evidence.EXPERT_GUESS)), null);
        var financials = new FinancialInput(f.currency(), f.horizonYears(), f.discountRate(), f.probabilityOfSuccess(),
                f.buildCosts(), f.annualRunCosts(), benefits, f.adoptionByYear(), alternative);
        return new ScoringInput(fraud.narrative(), financials, fraud.ethics(), fraud.readiness(), fraud.locale());
    }
}
