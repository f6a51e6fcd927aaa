package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of method 3 (PRODUCT.md §9) over random validation sets, volumes and projects: the curve's
 * invariants, B(t) against §6.1's B, the best threshold, and EVPI ≥ every EVPPI ≥ 0 with the same result under the
 * same seed.
 */
class Method3PropertiesTest {

    private static final int CASES = 40;

    static Stream<SplittableRandom> cases() {
        var master = new SplittableRandom(20260309L);
        return Stream.generate(() -> new SplittableRandom(master.nextLong())).limit(CASES);
    }

    /** 20 to 3,000 rows with scores on any scale, sometimes tied, sometimes weighted. */
    static ValidationCurve randomCurve(SplittableRandom r) {
        int rows = 20 + r.nextInt(2_981);
        double scale = Math.pow(10, r.nextInt(-2, 3));
        int decimals = r.nextInt(1, 5);
        boolean weighted = r.nextBoolean();
        double separation = r.nextDouble(0, 3);
        double[][] data = new double[rows][];
        var distinct = new CurveTally.DistinctScores();
        for (int i = 0; i < rows; i++) {
            boolean positive = i < 10 || i >= 20 && r.nextDouble() < 0.3; // at least 10 of each
            double raw = scale * ((positive ? separation : 0) + r.nextGaussian());
            double score = Math.round(raw * Math.pow(10, decimals)) / Math.pow(10, decimals);
            data[i] = new double[]{score, positive ? 1 : 0, weighted ? r.nextDouble(0.1, 5) : 1};
            distinct.add(score);
        }
        double[] thresholds = distinct.exceeded() ? quantiles(data) : distinct.values();
        var tally = new CurveTally(thresholds);
        for (double[] row : data) {
            tally.add(row[0], row[1] == 1, row[2]);
        }
        return tally.curve("random.csv");
    }

    /** A thousand distinct sorted scores picked evenly by rank, as a sketch would approximately pick them. */
    private static double[] quantiles(double[][] data) {
        double[] scores = Stream.of(data).mapToDouble(row -> row[0]).sorted().distinct().toArray();
        double[] picked = new double[ValidationCurve.MAX_POINTS];
        for (int k = 0; k < picked.length; k++) {
            picked[k] = scores[(int) ((long) k * (scores.length - 1) / (picked.length - 1))];
        }
        return java.util.Arrays.stream(picked).distinct().toArray();
    }

    static DetectionModel measured(SplittableRandom r, ValidationCurve curve) {
        double r0 = r.nextInt(3) == 0 ? 0 : r.nextDouble(0.05, 0.5);
        return DetectionModel.measured(range(r, 1_000, 1e7), range(r, 0.001, 0.3), range(r, 5, 2_000),
                range(r, 0.1, 30), r0, r0 == 0 ? null : r.nextDouble(0.02, 1), curve);
    }

    private static Range range(SplittableRandom r, double min, double max) {
        double likely = r.nextDouble(min, max);
        return new Range(min + (likely - min) * r.nextDouble(), likely, likely + (max - likely) * r.nextDouble());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void a_kept_curve_is_valid_and_never_holds_more_than_a_thousand_points(SplittableRandom r) {
        ValidationCurve curve = randomCurve(r);
        assertThat(ValueModelRules.curveProblem(curve)).isEmpty();
        assertThat(curve.points()).hasSizeBetween(1, ValidationCurve.MAX_POINTS);
        assertThat(curve.effectivePositives()).isLessThanOrEqualTo(curve.rows());
        assertThat(curve.recall(0)).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void benefit_at_every_threshold_is_section_6_1_with_precision_from_prevalence(SplittableRandom r) {
        ValidationCurve curve = randomCurve(r);
        DetectionModel m = measured(r, curve);
        double n = m.casesPerYear().likely();
        double pi = m.prevalence().likely();
        for (int i = 0; i < curve.points().size(); i++) {
            double recall = curve.recall(i);
            double f = curve.falsePositiveRate(i);
            if (recall == 0) {
                continue; // §6.1 needs a precision above 0
            }
            double p1 = pi * recall / (pi * recall + (1 - pi) * f);
            var stated = new DetectionModel(Range.fixed(n), Range.fixed(pi), m.valuePerTruePositive(),
                    m.costPerAlert(), Range.fixed(recall), Range.fixed(p1), m.baselineRecall(), m.baselinePrecision());
            double b = m.benefitAt(recall, f);
            assertThat(b).isCloseTo(stated.likelyBenefit(), within(1e-9 * Math.max(1, Math.abs(b))));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void no_stored_threshold_is_worth_more_than_the_best(SplittableRandom r) {
        DetectionModel m = measured(r, randomCurve(r));
        OperatingCurve c = OperatingCurves.of(m);
        ValidationCurve curve = m.validation();
        for (int i = 0; i < curve.points().size(); i++) {
            double b = m.benefitAt(curve.recall(i), curve.falsePositiveRate(i));
            assertThat(b).isLessThanOrEqualTo(c.benefitAtBest());
            if (b == c.benefitAtBest()) {
                assertThat(curve.points().get(i).threshold()).isLessThanOrEqualTo(c.bestThreshold());
            }
        }
        assertThat(c.points()).hasSizeLessThanOrEqualTo(OperatingCurves.SHOWN + 2);
        assertThat(c.recallRange().low()).isLessThanOrEqualTo(c.recallRange().likely());
        assertThat(c.falsePositiveRateRange().high()).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evpi_bounds_every_evppi_from_above_and_zero_from_below_and_the_seed_fixes_both(SplittableRandom r) {
        DetectionModel m = measured(r, randomCurve(r));
        ScoringInput input = r.nextBoolean() ? MeasuredInputs.measuredFraud(m) : plain(r, m);
        var scorer = new GreenlightScorer(ScoringModel.V1.withTrials(2_000).withSeed(r.nextLong()),
                EuAiActRulesFile.bundled());
        ValueOfInformation voi = scorer.score(input).valueOfInformation();

        assertThat(voi.evpi()).isGreaterThanOrEqualTo(0);
        assertThat(voi.inputs()).isNotEmpty().allSatisfy(i -> assertThat(i.evppi()).isBetween(0.0, voi.evpi()));
        assertThat(scorer.score(input).valueOfInformation()).isEqualTo(voi);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evppi_groups_trials_exactly_as_sorting_them_by_draw_would(SplittableRandom r) {
        int n = 20 + r.nextInt(5_000);
        double[] ai = new double[n];
        float[] draws = new float[n];
        float[] coarse = new float[n];
        for (int t = 0; t < n; t++) {
            draws[t] = (float) r.nextDouble();
            coarse[t] = r.nextInt(7) / 6f; // many ties, and the ends 0 and 1
            ai[t] = 1_000 * (draws[t] - 0.5 + coarse[t] - 0.4) + 300 * r.nextGaussian();
        }
        var trials = new Trials(ai, new boolean[n], java.util.List.of("fine", "coarse"), new float[][]{draws, coarse});
        ValueOfInformation voi = ValueOfInformation.of(trials, null);
        for (var input : voi.inputs()) {
            float[] d = input.input().equals("fine") ? draws : coarse;
            assertThat(input.evppi()).isCloseTo(bySorting(ai, d, voi.evpi()), within(1e-6 * (voi.evpi() + 1)));
        }
    }

    /** §9.2's EVPPI with one option and doing nothing, by a full sort on (draw, trial number). */
    private static double bySorting(double[] ai, float[] draws, double evpi) {
        int n = ai.length;
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingDouble(t -> draws[t])
                .thenComparingInt(t -> t));
        double mean = java.util.Arrays.stream(ai).average().orElseThrow();
        double sum = 0;
        int from = 0;
        for (int g = 0; g < ValueOfInformation.GROUPS; g++) {
            int to = (int) ((long) n * (g + 1) / ValueOfInformation.GROUPS);
            double groupSum = 0;
            for (int k = from; k < to; k++) {
                groupSum += ai[order[k]];
            }
            sum += Math.max(0, groupSum);
            from = to;
        }
        return Math.min(evpi, sum / n - Math.max(0, mean));
    }

    private static ScoringInput plain(SplittableRandom r, DetectionModel m) {
        var f = ValueModelPropertiesTest.input(r, MoneyLine.derived("Detected", m, Evidence.DATA), null);
        return new ScoringInput(null, f, null, null, null);
    }
}
