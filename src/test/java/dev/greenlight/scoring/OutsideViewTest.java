package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PRODUCT.md §10.2's outside view against numbers worked by hand and a naive reading of its words. */
class OutsideViewTest {

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        assertThat(OutsideView.median(List.of(0.9, 0.5, 0.7))).isEqualTo(0.7);
        assertThat(OutsideView.median(List.of(1.3, 0.5, 0.7, 0.9))).isCloseTo(0.8, within(1e-12));
        assertThat(OutsideView.median(List.of())).isNull();
    }

    @Test
    void a_factor_applies_from_three_projects_on_and_until_then_counts_one() {
        var two = new OutsideView.Factors(0.6, 2, 1.3, 1);
        assertThat(two.applies()).isFalse();
        assertThat(two.benefit()).isEqualTo(1);
        assertThat(two.build()).isEqualTo(1);
        assertThat(two.moreNeeded()).isEqualTo(1);
        assertThat(new OutsideView.Factors(null, 0, null, 0).moreNeeded()).isEqualTo(3);
        var benefitOnly = new OutsideView.Factors(0.6, 3, 1.3, 2);
        assertThat(benefitOnly.moreNeeded()).isZero();
        assertThat(benefitOnly.benefit()).isEqualTo(0.6);
        assertThat(benefitOnly.build()).isEqualTo(1);
    }

    /**
     * ReforecastTest's case (build 100,000; run 10,000; B 368,000; two years at 10 %; p = 0.8) with half the benefits and
     * 120 % of the build: CF = −120,000 | 174,000 | 174,000, NPV = 181,983.47, risk-adjusted 0.8 × NPV − 0.2 × 120,000.
     */
    @Test
    void the_adjusted_risk_adjusted_npv_as_worked_by_hand() {
        double adjusted = OutsideView.adjustedRiskAdjustedNpv(ReforecastTest.detectionCase(), 0, new OutsideView.Factors(0.5, 5, 1.2, 4));
        double npv = -120_000 + 174_000 / 1.1 + 174_000 / 1.21;
        assertThat(adjusted).isCloseTo(0.8 * npv - 0.2 * 120_000, within(1e-6)).isCloseTo(121_586.78, within(0.01));
    }

    @Test
    void the_sentence_says_the_record_and_what_it_does_to_this_forecast() {
        var f = new OutsideView.Factors(0.64, 5, 1.18, 4);
        assertThat(OutsideView.sentence(f, 2_800_000.0, 1_100_000.0, "USD")).isEqualTo("Tracked projects here realised 64 % of "
                + "forecast benefits (median of 5) and spent 118 % of their build budget (median of 4). Adjusted the same way, "
                + "this project's risk-adjusted NPV is $1.1M instead of $2.8M.");
        assertThat(OutsideView.sentence(new OutsideView.Factors(0.7, 1, null, 0), 1.0, null, "USD"))
                .isEqualTo("The outside view needs 3 tracked projects that reported long enough to compare with their forecast; 2 more are needed.");
        assertThat(OutsideView.condition(f, 1_100_000.0, "USD")).startsWith("Meet the outside view:").contains("64 %", "118 %", "$1.1M");
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 100).mapToObj(i -> 0x0a75_1de0L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agrees_with_a_naive_reading_of_the_definition(long seed) {
        var random = new SplittableRandom(seed);
        int horizon = 1 + random.nextInt(10);
        double rate = random.nextDouble(0, 0.2);
        double p = random.nextDouble(0.05, 1);
        var adoption = new ArrayList<Double>();
        for (int t = 0; t < horizon; t++) {
            adoption.add(random.nextDouble(0, 1));
        }
        double build1 = random.nextDouble(0, 5e5);
        double build2 = random.nextDouble(0, 5e5);
        double run = random.nextDouble(0, 1e5);
        double plain = random.nextDouble(0, 4e5);
        var automation = new AutomationModel(Range.fixed(random.nextDouble(1e3, 1e5)), Range.fixed(random.nextDouble(0, 1)),
                Range.fixed(random.nextDouble(1, 20)), Range.fixed(random.nextDouble(20, 60)), Range.fixed(random.nextDouble(0, 0.1)),
                Range.fixed(random.nextDouble(0, 50)));
        double compliance = random.nextDouble(0, 2e4);
        var input = new FinancialInput("GBP", horizon, rate, p, List.of(MoneyLine.fixed("A", build1, Evidence.DATA),
                MoneyLine.fixed("B", build2, Evidence.DATA)), List.of(MoneyLine.fixed("Run", run, Evidence.DATA)),
                List.of(MoneyLine.fixed("Plain", plain, Evidence.DATA), MoneyLine.derived("Derived", automation, Evidence.DATA)), adoption);
        double rb = random.nextDouble(0.2, 1.5);
        double rc = random.nextDouble(0.8, 2);

        double adjusted = OutsideView.adjustedRiskAdjustedNpv(input, compliance, new OutsideView.Factors(rb, 3, rc, 7));

        // every benefit × r_b (the derived one as a whole), every build cost × r_c, then §3.1's risk adjustment
        double benefits = plain * rb + automation.likelyBenefit() * rb;
        double build = build1 * rc + build2 * rc;
        double npv = -build;
        for (int t = 1; t <= horizon; t++) {
            npv += (adoption.get(t - 1) * benefits - run - compliance) / Math.pow(1 + rate, t);
        }
        double expected = p * npv + (1 - p) * -build;
        assertThat(adjusted).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected) + build)));
    }
}
