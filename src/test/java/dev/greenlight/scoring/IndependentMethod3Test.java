package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * PRODUCT.md §9 implemented again, deliberately naively and from the text alone, to check the engine: the curve
 * from the raw rows by counting every row at every threshold, Wilson by solving its quadratic, the simulation with
 * java.util.Random, PERT by rejection sampling and NPV year by year, and the value of information by sorting boxed
 * trials. The curve must agree to the cent; EVPI and EVPPI within Monte-Carlo noise.
 */
class IndependentMethod3Test {

    private static final double Z = 2.576;
    private static final double[][] ROWS = MeasuredInputs.rows(2026);

    /** A marginal project, so that more than whether the model works is worth knowing. */
    private static ScoringInput marginal() {
        ScoringInput fraud = MeasuredInputs.measuredFraud();
        FinancialInput f = fraud.financials();
        var build = List.of(new MoneyLine("Platform", 6_000_000, 8_000_000, 11_000_000, Evidence.BENCHMARK));
        return new ScoringInput(fraud.narrative(), new FinancialInput(f.currency(), f.horizonYears(),
                f.discountRate(), f.probabilityOfSuccess(), build, f.annualRunCosts(), f.annualBenefits(),
                f.adoptionByYear(), f.alternative()), fraud.ethics(), fraud.readiness(), fraud.locale());
    }

    // --- the curve, naively --------------------------------------------------------------------------------

    private record NaivePoint(double threshold, double recall, double fpr, double alerts, double benefit) {
    }

    /** B(t) of §9.1 at the fraud line's likely values: N 120M, π 0.26 %, v 40, c 0.17, R₀ 42 % at P₀ 4 %. */
    private static double benefit(double n, double pi, double v, double c, double r, double f) {
        return v * n * pi * (r - 0.42) - c * (n * (pi * r + (1 - pi) * f) - n * pi * 0.42 / 0.04);
    }

    private static List<NaivePoint> naiveCurve() {
        var thresholds = new TreeSet<Double>();
        double positives = 0;
        double negatives = 0;
        for (double[] row : ROWS) {
            thresholds.add(row[0]);
            positives += row[1];
            negatives += 1 - row[1];
        }
        var points = new ArrayList<NaivePoint>();
        for (double t : thresholds) {
            double tp = 0;
            double fp = 0;
            for (double[] row : ROWS) {
                if (row[0] >= t) {
                    tp += row[1];
                    fp += 1 - row[1];
                }
            }
            double r = tp / positives;
            double f = fp / negatives;
            points.add(new NaivePoint(t, r, f, 120e6 * (0.0026 * r + 0.9974 * f),
                    benefit(120e6, 0.0026, 40, 0.17, r, f)));
        }
        return points;
    }

    /** The p with (p̂ − p)² = z²·p(1 − p)/n: the roots of (1 + z²/n)p² − (2p̂ + z²/n)p + p̂² = 0. */
    private static double[] wilsonRoots(double phat, double n) {
        double a = 1 + Z * Z / n;
        double b = -(2 * phat + Z * Z / n);
        double c = phat * phat;
        double root = Math.sqrt(b * b - 4 * a * c);
        return new double[]{(-b - root) / (2 * a), (-b + root) / (2 * a)};
    }

    @Test
    void the_operating_curve_agrees_with_counting_every_row_to_the_cent() {
        List<NaivePoint> naive = naiveCurve();
        NaivePoint best = naive.stream().max(Comparator.comparingDouble(NaivePoint::benefit)
                .thenComparingDouble(NaivePoint::threshold)).orElseThrow();
        ScoreResult score = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(MeasuredInputs.measuredFraud());
        OperatingCurve curve = score.financials().derivedBenefits().getFirst().operatingCurve();

        assertThat(naive.size()).isLessThanOrEqualTo(1_000);
        assertThat(curve.bestThreshold()).isEqualTo(best.threshold());
        assertThat(curve.benefitAtBest()).isCloseTo(best.benefit(), within(0.005));
        assertThat(curve.benefitIfAllFlagged()).isCloseTo(benefit(120e6, 0.0026, 40, 0.17, 1, 1), within(0.005));
        for (OperatingCurve.Point p : curve.points()) {
            NaivePoint n = naive.stream().filter(q -> q.threshold() == p.threshold()).findFirst().orElseThrow();
            assertThat(p.recall()).isCloseTo(n.recall(), within(1e-12));
            assertThat(p.falsePositiveRate()).isCloseTo(n.fpr(), within(1e-12));
            assertThat(p.alertsPerYear()).isCloseTo(n.alerts(), within(0.005));
            assertThat(p.annualBenefit()).isCloseTo(n.benefit(), within(0.005));
            assertThat(p.precision()).isCloseTo(0.0026 * n.recall() / (0.0026 * n.recall() + 0.9974 * n.fpr()),
                    within(1e-12));
        }
        double[] recall = wilsonRoots(best.recall(), MeasuredInputs.FRAUDS);
        double[] fpr = wilsonRoots(best.fpr(), MeasuredInputs.GENUINE);
        assertThat(curve.recallRange().low()).isCloseTo(recall[0], within(1e-12));
        assertThat(curve.recallRange().high()).isCloseTo(recall[1], within(1e-12));
        assertThat(curve.falsePositiveRateRange().low()).isCloseTo(fpr[0], within(1e-12));
        assertThat(curve.falsePositiveRateRange().high()).isCloseTo(fpr[1], within(1e-12));
        assertThat(score.financials().derivedBenefits().getFirst().annualBenefit())
                .isCloseTo(best.benefit(), within(0.005));
    }

    // --- the value of information, naively ------------------------------------------------------------------

    /** One trial: every input's draw by name (1 or 0 for whether an option worked), and each option's NPV. */
    private record Trial(java.util.Map<String, Double> draws, double ai, double alternative) {
    }

    private static double pert(Random random, double low, double likely, double high) {
        double alpha = 1 + 4 * (likely - low) / (high - low);
        double beta = 1 + 4 * (high - likely) / (high - low);
        double mode = (alpha - 1) / (alpha + beta - 2);
        double peak = Math.pow(mode, alpha - 1) * Math.pow(1 - mode, beta - 1);
        while (true) {
            double u = random.nextDouble();
            if (random.nextDouble() * peak <= Math.pow(u, alpha - 1) * Math.pow(1 - u, beta - 1)) {
                return low + (high - low) * u;
            }
        }
    }

    private static double npv(double build, double[] yearly) {
        double npv = -build;
        for (int t = 1; t <= yearly.length; t++) {
            npv += yearly[t - 1] / Math.pow(1.1, t);
        }
        return npv;
    }

    private static List<Trial> simulate(long seed, double[] recall, double[] fpr, double recallLikely,
                                        double fprLikely) {
        var random = new Random(seed);
        double[] adoption = {0.5, 1, 1};
        var trials = new ArrayList<Trial>();
        for (int i = 0; i < 10_000; i++) {
            var d = new java.util.LinkedHashMap<String, Double>();
            d.put("works", random.nextDouble() < 0.75 ? 1.0 : 0.0);
            d.put("Platform", pert(random, 6e6, 8e6, 11e6));
            d.put("MLOps maintenance", pert(random, 80_000, 120_000, 180_000));
            d.put("cases", pert(random, 110e6, 120e6, 130e6));
            d.put("prevalence", pert(random, 0.0022, 0.0026, 0.003));
            d.put("value", pert(random, 30, 40, 48));
            d.put("cost", pert(random, 0.12, 0.17, 0.24));
            d.put("recall", pert(random, recall[0], recallLikely, recall[1]));
            d.put("fpr", pert(random, fpr[0], fprLikely, fpr[1]));
            d.put("alternative works", random.nextDouble() < 0.9 ? 1.0 : 0.0);
            d.put("Rules consultancy", pert(random, 80_000, 120_000, 200_000));
            d.put("Analysts", pert(random, 900_000, 1_100_000, 1_300_000));
            d.put("Losses avoided", pert(random, 200_000, 400_000, 600_000));
            double b = benefit(d.get("cases"), d.get("prevalence"), d.get("value"), d.get("cost"), d.get("recall"),
                    d.get("fpr"));
            double[] aiYears = new double[3];
            double[] altYears = new double[3];
            for (int t = 0; t < 3; t++) {
                aiYears[t] = adoption[t] * b - d.get("MLOps maintenance") - 10_000; // level II compliance
                altYears[t] = adoption[t] * d.get("Losses avoided") - d.get("Analysts");
            }
            double ai = d.get("works") == 1 ? npv(d.get("Platform"), aiYears) : -d.get("Platform");
            double alt = d.get("alternative works") == 1 ? npv(d.get("Rules consultancy"), altYears)
                    : -d.get("Rules consultancy");
            trials.add(new Trial(d, ai, alt));
        }
        return trials;
    }

    private static double bestOfMeans(List<Trial> trials) {
        double ai = trials.stream().mapToDouble(Trial::ai).average().orElseThrow();
        double alt = trials.stream().mapToDouble(Trial::alternative).average().orElseThrow();
        return Math.max(0, Math.max(ai, alt));
    }

    private static double evpi(List<Trial> trials) {
        return trials.stream().mapToDouble(t -> Math.max(0, Math.max(t.ai(), t.alternative()))).average()
                .orElseThrow() - bestOfMeans(trials);
    }

    private static double evppi(List<Trial> trials, String input) {
        var sorted = new ArrayList<>(trials);
        sorted.sort(Comparator.comparingDouble(t -> t.draws().get(input)));
        boolean twoValued = input.equals("works") || input.equals("alternative works");
        int groups = twoValued ? 2 : 20;
        double sum = 0;
        int from = 0;
        for (int g = 0; g < groups; g++) {
            int to = twoValued ? (g == 0 ? count(sorted, input) : sorted.size()) : (g + 1) * sorted.size() / groups;
            List<Trial> group = sorted.subList(from, to);
            if (!group.isEmpty()) {
                sum += (double) group.size() / trials.size() * bestOfMeans(group);
            }
            from = to;
        }
        return sum - bestOfMeans(trials);
    }

    /** How many trials drew 0 (failed) for a two-valued input: they sort first. */
    private static int count(List<Trial> trials, String input) {
        return (int) trials.stream().filter(t -> t.draws().get(input) == 0).count();
    }

    @Test
    void evpi_and_evppi_agree_with_a_naive_simulation_within_monte_carlo_noise() {
        ScoreResult score = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(marginal());
        assertThat(score.financials().complianceCost()).isEqualTo(10_000);
        NaivePoint best = naiveCurve().stream().max(Comparator.comparingDouble(NaivePoint::benefit)
                .thenComparingDouble(NaivePoint::threshold)).orElseThrow();
        double[] recall = wilsonRoots(best.recall(), MeasuredInputs.FRAUDS);
        double[] fpr = wilsonRoots(best.fpr(), MeasuredInputs.GENUINE);
        ValueOfInformation engine = score.valueOfInformation();

        var names = java.util.Map.of("works", ValueOfInformation.MODEL_WORKS, "Platform", "Platform",
                "value", "Fraud losses avoided: value per true positive", "prevalence",
                "Fraud losses avoided: prevalence", "recall", "Fraud losses avoided: recall");
        int replicates = 8;
        check("EVPI", engine.evpi(), replicates, trials -> evpi(trials), recall, fpr, best);
        for (var entry : names.entrySet()) {
            double ours = engine.inputs().stream().filter(i -> i.input().equals(entry.getValue())).findFirst()
                    .orElseThrow(() -> new AssertionError(entry.getValue() + " not among " + engine.inputs())).evppi();
            check(entry.getValue(), ours, replicates, trials -> evppi(trials, entry.getKey()), recall, fpr, best);
        }
        assertThat(engine.inputs()).as("a marginal project: the build's success, size and value are worth learning")
                .filteredOn(i -> i.evppi() > 100_000).hasSizeGreaterThanOrEqualTo(4);
    }

    private static void check(String what, double engine, int replicates, ToDoubleFunction<List<Trial>> estimate,
                              double[] recall, double[] fpr, NaivePoint best) {
        double[] values = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            values[r] = estimate.applyAsDouble(simulate(1_000 + r, recall, fpr, best.recall(), best.fpr()));
        }
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
                / (replicates - 1));
        // the engine's estimate is one more replicate of the same size: within four standard deviations of ours
        assertThat(engine).as(what + ": naive replicates " + java.util.Arrays.toString(values))
                .isCloseTo(mean, within(4 * sd * Math.sqrt(1 + 1.0 / replicates) + 1e-6 * Math.abs(mean) + 1));
    }
}
