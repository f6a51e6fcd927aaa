package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PRODUCT.md §9.2 against hand-computed numbers on small sets of trials, then through the scorer: EVPI, EVPPI with 20
 * groups of equal count, the two-valued "whether it works" inputs, and the ranking in the score.
 */
class ValueOfInformationTest {

    /**
     * 40 trials, NPV = 10·(u − 0.5) with u = (t + 0.5)/40 rising with t. Input "Signal" is drawn as u itself; input
     * "Noise" pairs trial g with trial 39 − g, whose NPVs cancel.
     */
    private static Trials forty(boolean[] works) {
        int n = 40;
        double[] npv = new double[n];
        float[] signal = new float[n];
        float[] noise = new float[n];
        for (int t = 0; t < n; t++) {
            double u = (t + 0.5) / n;
            npv[t] = 10 * (u - 0.5);
            signal[t] = (float) u;
        }
        for (int g = 0; g < 20; g++) {
            noise[g] = (float) ((2 * g + 0.5) / 80);
            noise[39 - g] = (float) ((2 * g + 1.5) / 80);
        }
        return new Trials(npv, works, List.of("Signal", "Noise"), new float[][]{signal, noise});
    }

    private static boolean[] allWork(int n) {
        boolean[] works = new boolean[n];
        Arrays.fill(works, true);
        return works;
    }

    private static double evppi(ValueOfInformation voi, String input) {
        return voi.inputs().stream().filter(i -> i.input().equals(input)).findFirst().orElseThrow().evppi();
    }

    @Test
    void evpi_is_the_mean_of_the_best_option_per_trial_less_the_best_on_average() {
        // mean NPV 0, so doing nothing is as good on average; the positive trials (t = 20..39) are worth
        // 0.125, 0.375, …, 4.875: 50 in all, 1.25 per trial
        var voi = ValueOfInformation.of(forty(allWork(40)), null);
        assertThat(voi.evpi()).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void evppi_of_an_input_that_decides_the_sign_is_the_evpi_and_of_one_that_cancels_out_is_zero() {
        var voi = ValueOfInformation.of(forty(allWork(40)), null);
        // 20 groups of 2 adjacent trials: every group is all loss or all gain, so knowing u is knowing everything
        assertThat(evppi(voi, "Signal")).isCloseTo(1.25, within(1e-12));
        // every group holds a trial and its mirror image: a group's mean is 0 whatever the draw
        assertThat(evppi(voi, "Noise")).isCloseTo(0, within(1e-12));
        assertThat(voi.inputs()).extracting(ValueOfInformation.InputValue::input).containsExactly("Signal", "Noise");
    }

    @Test
    void whether_the_model_works_is_an_input_of_two_groups() {
        boolean[] works = new boolean[40];
        for (int t = 0; t < 40; t++) {
            works[t] = t >= 10; // fails in trials 0..9, whose NPVs −4.875 … −2.625 sum to −37.5
        }
        var voi = ValueOfInformation.of(forty(works), null);
        // best on average: doing nothing (mean 0). Knowing it fails: do nothing, 0. Knowing it works: the 30 trials
        // left sum to +37.5, so build: 37.5 / 40 = 0.9375
        assertThat(evppi(voi, ValueOfInformation.MODEL_WORKS)).isCloseTo(0.9375, within(1e-12));
        assertThat(voi.inputs().getFirst().input()).isEqualTo("Signal");
    }

    @Test
    void the_alternative_is_a_third_option_in_the_same_trials() {
        Trials ai = forty(allWork(40));
        double[] ones = new double[40];
        Arrays.fill(ones, 1);
        boolean[] altWorks = allWork(40);
        altWorks[0] = false;
        var alternative = new Trials(ones, altWorks, List.of(), new float[0][]);
        var voi = ValueOfInformation.of(ai, alternative);
        // best on average: the alternative (1 against 0 and 0). The AI option beats it when 10·(u − 0.5) > 1,
        // t = 24..39, by (t + 0.5)/4 − 6: 0.125 … 3.875, 32 in all: 0.8 per trial
        assertThat(voi.evpi()).isCloseTo(0.8, within(1e-12));
        assertThat(evppi(voi, "Signal")).isCloseTo(0.8, within(1e-12));
        // the alternative's outcome is two-valued but changes nothing here: its NPV is 1 either way
        assertThat(evppi(voi, ValueOfInformation.ALTERNATIVE_WORKS)).isCloseTo(0, within(1e-12));
    }

    @Test
    void evpi_is_zero_when_every_trial_makes_money() {
        ScoringInput fraud = SampleInputs.fraud();
        FinancialInput f = fraud.financials();
        var certain = new FinancialInput(f.currency(), f.horizonYears(), f.discountRate(), 1, f.buildCosts(),
                f.annualRunCosts(), f.annualBenefits(), f.adoptionByYear());
        ScoreResult score = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(new ScoringInput(fraud.narrative(), certain,
                fraud.ethics(), fraud.readiness(), fraud.locale()));

        assertThat(score.financials().monteCarlo().probabilityNpvPositive()).isEqualTo(1);
        assertThat(score.valueOfInformation().evpi()).isZero();
        assertThat(score.valueOfInformation().inputs()).allSatisfy(i -> assertThat(i.evppi()).isZero())
                .extracting(ValueOfInformation.InputValue::input).doesNotContain(ValueOfInformation.MODEL_WORKS);
    }

    @Test
    void the_score_ranks_at_most_ten_inputs_named_as_the_tornado_names_them() {
        ScoreResult score = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(MeasuredInputs.measuredFraud());
        ValueOfInformation voi = score.valueOfInformation();

        assertThat(score.method()).isEqualTo(3);
        assertThat(voi.inputs()).hasSizeLessThanOrEqualTo(10).isSortedAccordingTo(
                (a, b) -> Double.compare(b.evppi(), a.evppi()));
        assertThat(voi.inputs()).allSatisfy(i -> assertThat(i.evppi()).isBetween(0.0, voi.evpi()));
        List<String> tornado = score.financials().tornado().stream().map(TornadoRow::line).toList();
        assertThat(voi.inputs()).extracting(ValueOfInformation.InputValue::input).allSatisfy(name -> assertThat(
                tornado.contains(name) || name.startsWith("Whether ") || name.startsWith("Alternative: ")).isTrue());
        assertThat(tornado).contains("Fraud losses avoided: recall", "Fraud losses avoided: false-positive rate");
    }

    @Test
    void a_failed_trial_still_draws_every_input_and_its_npv_ignores_them() {
        var model = new FinancialModel(MeasuredInputs.measuredFraud().financials(), 10_000);
        Trials trials = new MonteCarlo(model, Distribution.PERT).trials(2_000, 5);
        int failed = 0;
        for (int t = 0; t < 2_000; t++) {
            if (!trials.works()[t]) {
                failed++;
                for (float[] draws : trials.draws()) {
                    assertThat(draws[t]).isBetween(0f, 1f);
                }
            }
        }
        assertThat(failed).isBetween(400, 600); // p = 0.75
        var distinct = new java.util.HashSet<Float>();
        for (float draw : trials.draws()[trials.draws().length - 1]) {
            distinct.add(draw);
        }
        assertThat(distinct).as("drawn, not left at 0, in failed trials too").hasSizeGreaterThan(1_990);
        assertThat(new MonteCarlo(model, Distribution.PERT).trialNpvs(2_000, 5)).containsExactly(trials.npv());
    }
}
