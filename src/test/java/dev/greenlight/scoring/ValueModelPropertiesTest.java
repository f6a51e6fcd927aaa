package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the value models and the priced alternative (PRODUCT.md §6.1, §6.2). */
class ValueModelPropertiesTest {

    private static final int CASES = 60;

    static Stream<SplittableRandom> cases() {
        var master = new SplittableRandom(20261201L);
        return Stream.generate(() -> new SplittableRandom(master.nextLong())).limit(CASES);
    }

    private static Range range(SplittableRandom r, double min, double max) {
        double likely = r.nextDouble(min, max);
        if (r.nextInt(5) == 0) {
            return Range.fixed(likely);
        }
        return new Range(min + (likely - min) * r.nextDouble(), likely, likely + (max - likely) * r.nextDouble());
    }

    static DetectionModel detection(SplittableRandom r) {
        double r0 = r.nextInt(4) == 0 ? 0 : r.nextDouble(0.05, 0.5);
        return new DetectionModel(range(r, 1_000, 1_000_000), range(r, 0.001, 0.2), range(r, 10, 5_000),
                range(r, 0.5, 50), range(r, 0.3, 1.0), range(r, 0.2, 1.0), r0, r0 == 0 ? null : r.nextDouble(0.05, 1));
    }

    static AutomationModel automation(SplittableRandom r) {
        return new AutomationModel(range(r, 1_000, 2_000_000), range(r, 0.1, 1.0), range(r, 1, 30), range(r, 20, 120),
                range(r, 0, 0.2), range(r, 0, 100));
    }

    static FinancialInput input(SplittableRandom r, MoneyLine benefit, AlternativeInput alternative) {
        int horizon = 1 + r.nextInt(6);
        var adoption = new ArrayList<Double>();
        for (int i = 0; i < horizon; i++) {
            adoption.add(r.nextDouble(0.2, 1.0));
        }
        double build = r.nextLong(50_000, 2_000_000);
        var builds = List.of(new MoneyLine("Build", build * 0.8, build, build * 1.5, null));
        var runs = List.of(new MoneyLine("Run", 10_000, 50_000, 90_000, null));
        var benefits = new ArrayList<MoneyLine>();
        benefits.add(benefit);
        if (r.nextBoolean()) {
            benefits.add(new MoneyLine("Other", 0, 20_000, 60_000, null));
        }
        return new FinancialInput("USD", horizon, r.nextDouble(0, 0.2), r.nextDouble(0.3, 1.0), builds, runs,
                benefits, adoption, alternative);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void benefit_is_linear_in_recall_at_fixed_precision(SplittableRandom r) {
        DetectionModel m = detection(r);
        double[] recalls = {0.1, 0.35, 0.6, 0.95};
        double b0 = m.withInput(DetectionModel.RECALL, recalls[0]).likelyBenefit();
        double b1 = m.withInput(DetectionModel.RECALL, recalls[1]).likelyBenefit();
        double slope = (b1 - b0) / (recalls[1] - recalls[0]);
        for (double recall : recalls) {
            double b = m.withInput(DetectionModel.RECALL, recall).likelyBenefit();
            assertThat(b).isCloseTo(b0 + slope * (recall - recalls[0]), within(1e-9 * (Math.abs(b0) + Math.abs(b1) + 1)));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void npv_is_zero_at_every_break_even(SplittableRandom r) {
        var detection = input(r, MoneyLine.derived("Caught", detection(r), null), null);
        var automation = input(r, MoneyLine.derived("Automated", automation(r), null), null);
        DerivedBenefit d = ValueModels.figures(new FinancialModel(detection, 0)).getFirst();
        DerivedBenefit a = ValueModels.figures(new FinancialModel(automation, 0)).getFirst();
        assertZeroAt(detection, DetectionModel.RECALL, d.breakEvenRecall());
        assertZeroAt(detection, DetectionModel.PRECISION, d.breakEvenPrecision());
        assertZeroAt(automation, AutomationModel.RATE, a.breakEvenAutomationRate());
        assertZeroAt(automation, AutomationModel.ERRORS, a.breakEvenErrorRate());
    }

    private static void assertZeroAt(FinancialInput input, int modelInput, Double breakEven) {
        if (breakEven == null) {
            return;
        }
        MoneyLine line = input.annualBenefits().getFirst();
        var benefits = new ArrayList<>(input.annualBenefits());
        benefits.set(0, MoneyLine.derived(line.name(), line.derivedFrom().withInput(modelInput, breakEven), null));
        var model = new FinancialModel(input.withLines(input.buildCosts(), input.annualRunCosts(), benefits), 0);
        assertThat(Math.abs(model.npv())).isLessThanOrEqualTo(1e-6 * model.buildCost());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void an_alternative_identical_to_the_ai_option_adds_nothing_and_wins_half_the_time(SplittableRandom r) {
        var plain = input(r, new MoneyLine("Benefit", 100_000, 400_000, 900_000, null), null);
        var twin = new AlternativeInput("Twin", plain.probabilityOfSuccess(), plain.buildCosts(),
                plain.annualRunCosts(), plain.annualBenefits(), plain.adoptionByYear());
        var input = plain.withLines(plain.buildCosts(), plain.annualRunCosts(), plain.annualBenefits());
        input = new FinancialInput(input.currency(), input.horizonYears(), input.discountRate(),
                input.probabilityOfSuccess(), input.buildCosts(), input.annualRunCosts(), input.annualBenefits(),
                input.adoptionByYear(), twin);
        AlternativeResult alt = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).financials(input, EthicsLevel.I).alternative();
        assertThat(alt.incrementalRiskAdjustedNpv()).isCloseTo(0, within(1e-9));
        // the build cost is uncertain, so ties have probability 0; 5 standard errors of a share at 10,000 trials
        assertThat(alt.probabilityBeatsAlternative()).isCloseTo(0.5, within(5 * Math.sqrt(0.25 / 10_000)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void the_simulated_mean_is_within_five_standard_errors_of_the_expectation(SplittableRandom r) {
        var input = input(r, MoneyLine.derived(r.nextBoolean() ? "Caught" : "Automated",
                r.nextBoolean() ? detection(r) : automation(r), null), null);
        for (Distribution distribution : Distribution.values()) {
            var mc = new MonteCarlo(new FinancialModel(input, 0), distribution);
            int n = 20_000;
            double[] npvs = mc.trialNpvs(n, r.nextLong());
            double mean = 0;
            for (double v : npvs) {
                mean += v / n;
            }
            double variance = 0;
            for (double v : npvs) {
                variance += (v - mean) * (v - mean) / (n - 1);
            }
            double standardError = Math.sqrt(variance / n);
            assertThat(mean).isCloseTo(mc.expectedNpv(), within(5 * standardError + 1e-6));
        }
    }
}
