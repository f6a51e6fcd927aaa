package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PRODUCT.md §10.1: the re-forecast against numbers worked by hand, and against a naive implementation of its words. */
class ReforecastTest {

    /**
     * Build 100,000; run 10,000 a year; two years at 10 % and full adoption; one detection line: 10,000 cases, 10 %
     * positive, 500 per catch, 20 per alert, recall 0.8, precision 0.5, nothing caught today. B = 500·1,000·0.8 −
     * 20·1,000·0.8/0.5 = 368,000; CF = −100,000 | 358,000 | 358,000; NPV = 521,322.31.
     */
    static FinancialInput detectionCase() {
        var model = new DetectionModel(Range.fixed(10_000), Range.fixed(0.1), Range.fixed(500), Range.fixed(20),
                new Range(0.7, 0.8, 0.9), new Range(0.4, 0.5, 0.6), 0, null);
        return new FinancialInput("USD", 2, 0.10, 0.8, List.of(MoneyLine.fixed("Team", 100_000, Evidence.DATA)),
                List.of(MoneyLine.fixed("Run", 10_000, Evidence.DATA)),
                List.of(MoneyLine.derived("Fraud losses avoided", model, Evidence.DATA), MoneyLine.fixed("Fees", 0, Evidence.DATA)),
                List.of(1.0, 1.0));
    }

    @Test
    void observed_recall_and_precision_reprice_the_approved_npv_as_worked_by_hand() {
        // observed: B = 500·1,000·0.6 − 20·1,000·0.6/0.4 = 270,000; CF 260,000 a year
        var r = Reforecast.of(detectionCase(), 0, List.of(new Reforecast.Observed(0, "recall", 0.6),
                new Reforecast.Observed(0, "precision", 0.4)));
        assertThat(r.approvedNpv()).isCloseTo(-100_000 + 358_000 / 1.1 + 358_000 / 1.21, within(1e-6)).isCloseTo(521_322.31, within(0.01));
        assertThat(r.npv()).isCloseTo(-100_000 + 260_000 / 1.1 + 260_000 / 1.21, within(1e-6)).isCloseTo(351_239.67, within(0.01));
        assertThat(r.change()).isCloseTo(-98_000 * (1 / 1.1 + 1 / 1.21), within(1e-6));
        assertThat(r.annualBenefit()).isCloseTo(270_000, within(1e-6));
        assertThat(r.approvedAnnualBenefit()).isCloseTo(368_000, within(1e-6));
        assertThat(r.monthlyValueAtRisk()).isCloseTo(98_000 / 12.0, within(1e-6));
        assertThat(r.basis()).extracting(Reforecast.Basis::input, Reforecast.Basis::approved, Reforecast.Basis::observed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("recall", 0.8, 0.6), org.assertj.core.groups.Tuple.tuple("precision", 0.5, 0.4));
    }

    @Test
    void no_probability_of_success_applies_and_the_compliance_cost_stays_a_run_cost() {
        var r = Reforecast.of(detectionCase(), 5_000, List.of(new Reforecast.Observed(0, "recall", 0.8)));
        assertThat(r.npv()).isCloseTo(-100_000 + 353_000 / 1.1 + 353_000 / 1.21, within(1e-6));
        assertThat(r.change()).isCloseTo(0, within(1e-9));
    }

    @Test
    void the_reason_says_the_drift_in_money() {
        var r = Reforecast.of(detectionCase(), 0, List.of(new Reforecast.Observed(0, "recall", 0.05)));
        // B = 500·1,000·0.05 − 20·1,000·0.05/0.5 = 23,000; NPV = −100,000 + 13,000·1.7355 = −77,438
        assertThat(Reforecast.reason(r, "USD"))
                .isEqualTo("at the observed recall 0.05 (approved at 0.80) the project's NPV falls from $521K to -$77K");
    }

    @Test
    void only_a_derived_lines_observable_inputs_can_be_set() {
        var input = detectionCase();
        assertThat(Reforecast.observableInputs(input.annualBenefits().get(0)).keySet()).containsExactly("recall", "precision");
        assertThat(Reforecast.observableInputs(input.annualBenefits().get(1))).isEmpty();
        assertThatThrownBy(() -> Reforecast.of(input, 0, List.of(new Reforecast.Observed(0, "casesPerYear", 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("casesPerYear");
        assertThatThrownBy(() -> Reforecast.of(input, 0, List.of(new Reforecast.Observed(1, "recall", 0.5))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reforecast.of(input, 0, List.of(new Reforecast.Observed(0, "recall", 1.5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1]");
    }

    @Test
    void the_observables_carry_the_approved_value_and_the_break_even() {
        var o = Reforecast.observables(detectionCase(), 0);
        assertThat(o).extracting(Reforecast.Observable::input).containsExactly("recall", "precision");
        // NPV is linear in recall: NPV(R) = −100,000 + (B(R) − 10,000)·1.7355, B(R) = 1,000·R·(500 − 20/0.5) = 460,000·R
        double factor = 1 / 1.1 + 1 / 1.21;
        double breakEven = (100_000 / factor + 10_000) / 460_000;
        assertThat(o.get(0).breakEven()).isCloseTo(breakEven, within(1e-9));
        assertThat(o.get(0).approved()).isEqualTo(0.8);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 0x5eed_0000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agrees_with_a_naive_reading_of_the_definition(long seed) {
        var random = new SplittableRandom(seed);
        int horizon = 1 + random.nextInt(10);
        double rate = random.nextDouble(0, 0.25);
        var adoption = new ArrayList<Double>();
        for (int t = 0; t < horizon; t++) {
            adoption.add(random.nextDouble(0, 1));
        }
        double build = random.nextDouble(0, 1e6);
        double run = random.nextDouble(0, 2e5);
        double compliance = random.nextDouble(0, 5e4);
        var lines = new ArrayList<MoneyLine>();
        var observed = new ArrayList<Reforecast.Observed>();
        double plain = random.nextDouble(0, 3e5);
        lines.add(MoneyLine.fixed("Plain", plain, Evidence.DATA));
        double[] detection = {random.nextDouble(1e3, 1e6), random.nextDouble(0.001, 0.5), random.nextDouble(0, 2_000),
                random.nextDouble(0, 50), random.nextDouble(0.05, 1), random.nextDouble(0.05, 1)};
        double r0 = random.nextBoolean() ? 0 : random.nextDouble(0, detection[4]);
        double p0 = random.nextDouble(0.05, 1);
        lines.add(MoneyLine.derived("Detection", new DetectionModel(Range.fixed(detection[0]), Range.fixed(detection[1]),
                Range.fixed(detection[2]), Range.fixed(detection[3]), Range.fixed(detection[4]), Range.fixed(detection[5]), r0,
                r0 == 0 ? null : p0), Evidence.DATA));
        double[] automation = {random.nextDouble(1e3, 1e6), random.nextDouble(0, 1), random.nextDouble(0, 30),
                random.nextDouble(10, 80), random.nextDouble(0, 0.2), random.nextDouble(0, 100)};
        lines.add(MoneyLine.derived("Automation", new AutomationModel(Range.fixed(automation[0]), Range.fixed(automation[1]),
                Range.fixed(automation[2]), Range.fixed(automation[3]), Range.fixed(automation[4]), Range.fixed(automation[5])),
                Evidence.DATA));
        double[] seen = {detection[4], detection[5], automation[1], automation[4]};
        String[] keys = {"recall", "precision", "automationRate", "errorRate"};
        for (int k = 0; k < keys.length; k++) {
            if (random.nextBoolean()) {
                seen[k] = k == 1 || k == 0 ? random.nextDouble(0.01, 1) : random.nextDouble(0, 1);
                observed.add(new Reforecast.Observed(k < 2 ? 1 : 2, keys[k], seen[k]));
            }
        }
        var input = new FinancialInput("EUR", horizon, rate, random.nextDouble(0.1, 1), List.of(MoneyLine.fixed("Build", build, Evidence.DATA)),
                List.of(MoneyLine.fixed("Run", run, Evidence.DATA)), lines, adoption);

        var r = Reforecast.of(input, compliance, observed);

        double approvedB = naiveDetection(detection, detection[4], detection[5], r0, p0) + naiveAutomation(automation, automation[1], automation[4]);
        double observedB = naiveDetection(detection, seen[0], seen[1], r0, p0) + naiveAutomation(automation, seen[2], seen[3]);
        double approvedNpv = naiveNpv(build, run + compliance, plain + approvedB, adoption, rate);
        double observedNpv = naiveNpv(build, run + compliance, plain + observedB, adoption, rate);
        double scale = Math.max(1, Math.abs(approvedNpv) + Math.abs(observedNpv));
        assertThat(r.approvedNpv()).isCloseTo(approvedNpv, within(1e-9 * scale));
        assertThat(r.npv()).isCloseTo(observedNpv, within(1e-9 * scale));
        assertThat(r.annualBenefit()).isCloseTo(observedB, within(1e-9 * Math.max(1, Math.abs(observedB))));
        assertThat(r.monthlyValueAtRisk()).isCloseTo((approvedB - observedB) / 12, within(1e-9 * Math.max(1, Math.abs(approvedB))));
    }

    /** §6.1 word for word: v·N·π·(R₁ − R₀) − c·(N·π·R₁/P₁ − N·π·R₀/P₀), today's alerts 0 when R₀ = 0. */
    private static double naiveDetection(double[] d, double recall, double precision, double r0, double p0) {
        double n = d[0];
        double pi = d[1];
        double today = r0 == 0 ? 0 : n * pi * r0 / p0;
        return d[2] * n * pi * (recall - r0) - d[3] * (n * pi * recall / precision - today);
    }

    /** N·a·(m·h/60 − e·k). */
    private static double naiveAutomation(double[] a, double rate, double errors) {
        return a[0] * rate * (a[2] * a[3] / 60 - errors * a[5]);
    }

    /** Year 0 undiscounted −build; year t: adoption_t·B − costs, discounted by (1 + r)^t. */
    private static double naiveNpv(double build, double costs, double benefit, List<Double> adoption, double rate) {
        double npv = -build;
        for (int t = 1; t <= adoption.size(); t++) {
            npv += (adoption.get(t - 1) * benefit - costs) / Math.pow(1 + rate, t);
        }
        return npv;
    }
}
