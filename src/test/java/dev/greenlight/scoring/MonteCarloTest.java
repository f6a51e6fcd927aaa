package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static FinancialModel fraud() {
        return new FinancialModel(SampleInputs.fraud().financials(), 10_000);
    }

    @Test
    void the_same_seed_gives_the_same_result_bit_for_bit() {
        var first = new MonteCarlo(fraud(), Distribution.PERT).run(5_000, 7, 30);
        var second = new MonteCarlo(fraud(), Distribution.PERT).run(5_000, 7, 30);

        assertThat(second).isEqualTo(first);
        assertThat(Double.doubleToRawLongBits(second.mean())).isEqualTo(Double.doubleToRawLongBits(first.mean()));
    }

    @Test
    void another_seed_gives_other_draws() {
        var first = new MonteCarlo(fraud(), Distribution.PERT).trialNpvs(1_000, 1);
        var second = new MonteCarlo(fraud(), Distribution.PERT).trialNpvs(1_000, 2);

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void constant_lines_and_certain_success_give_the_deterministic_npv_every_time() {
        var input = new FinancialInput("USD", 3, 0.1, 1.0, List.of(MoneyLine.fixed("Build", 100_000, null)),
                List.of(MoneyLine.fixed("Run", 10_000, null)), List.of(MoneyLine.fixed("Benefit", 80_000, null)),
                List.of(0.5, 1.0, 1.0));
        var model = new FinancialModel(input, 5_000);
        var result = new MonteCarlo(model, Distribution.PERT).run(200, 42, 30);

        assertThat(result.mean()).isCloseTo(model.npv(), within(1e-6));
        assertThat(result.p10()).isCloseTo(model.npv(), within(1e-6));
        assertThat(result.p90()).isCloseTo(model.npv(), within(1e-6));
        assertThat(result.probabilityNpvPositive()).isEqualTo(1.0);
        assertThat(result.histogram()).singleElement().extracting(HistogramBin::count).isEqualTo(200);
    }

    @Test
    void certain_failure_loses_the_build_in_every_trial() {
        var input = new FinancialInput("USD", 2, 0.1, 0.0, List.of(new MoneyLine("Build", 50, 100, 200, null)),
                List.of(), List.of(new MoneyLine("Benefit", 500, 600, 700, null)), List.of(1.0, 1.0));
        double[] npvs = new MonteCarlo(new FinancialModel(input, 0), Distribution.PERT).trialNpvs(2_000, 3);

        assertThat(java.util.Arrays.stream(npvs).min().orElseThrow()).isGreaterThanOrEqualTo(-200.0);
        assertThat(java.util.Arrays.stream(npvs).max().orElseThrow()).isLessThanOrEqualTo(-50.0);
    }

    @Test
    void draws_stay_within_low_and_high_for_both_shapes() {
        var input = new FinancialInput("USD", 1, 0.0, 1.0, List.of(), List.of(),
                List.of(new MoneyLine("Benefit", 100, 120, 200, null)), List.of(1.0));
        var model = new FinancialModel(input, 0);

        for (Distribution shape : Distribution.values()) {
            double[] npvs = new MonteCarlo(model, shape).trialNpvs(5_000, 11);
            assertThat(java.util.Arrays.stream(npvs).min().orElseThrow()).isGreaterThanOrEqualTo(100.0);
            assertThat(java.util.Arrays.stream(npvs).max().orElseThrow()).isLessThanOrEqualTo(200.0);
        }
    }

    @Test
    void the_triangular_option_converges_to_its_own_mean() {
        var input = new FinancialInput("USD", 1, 0.0, 1.0, List.of(), List.of(),
                List.of(new MoneyLine("Benefit", 0, 30, 90, null)), List.of(1.0));
        var triangular = new MonteCarlo(new FinancialModel(input, 0), Distribution.TRIANGULAR);
        var pert = new MonteCarlo(new FinancialModel(input, 0), Distribution.PERT);

        // triangular mean (0 + 30 + 90) / 3 = 40; PERT mean (0 + 4 × 30 + 90) / 6 = 35
        assertThat(triangular.expectedNpv()).isCloseTo(40, within(1e-9));
        assertThat(pert.expectedNpv()).isCloseTo(35, within(1e-9));
        double tolerance = 5 * triangular.npvStandardDeviation() / Math.sqrt(20_000);
        assertThat(triangular.run(20_000, 5, 10).mean()).isCloseTo(40, within(tolerance));
        assertThat(pert.run(20_000, 5, 10).mean()).isCloseTo(35, within(5 * pert.npvStandardDeviation()
                / Math.sqrt(20_000)));
    }

    @Test
    void percentiles_interpolate_like_excel_percentile_inc() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

        assertThat(MonteCarloResult.percentile(sorted, 0.10)).isEqualTo(2);
        assertThat(MonteCarloResult.percentile(sorted, 0.50)).isEqualTo(6);
        assertThat(MonteCarloResult.percentile(new double[]{10, 20, 30, 40}, 0.90)).isCloseTo(37, within(1e-12));
        assertThat(MonteCarloResult.percentile(new double[]{10, 20, 30, 40}, 0.10)).isCloseTo(13, within(1e-12));
        assertThat(MonteCarloResult.percentile(new double[]{5}, 0.9)).isEqualTo(5);
    }

    @Test
    void the_histogram_spans_min_to_max_and_counts_every_trial() {
        var result = new MonteCarlo(fraud(), Distribution.PERT).run(3_000, 9, 30);
        double[] npvs = new MonteCarlo(fraud(), Distribution.PERT).trialNpvs(3_000, 9);
        double min = java.util.Arrays.stream(npvs).min().orElseThrow();
        double max = java.util.Arrays.stream(npvs).max().orElseThrow();

        assertThat(result.histogram()).hasSize(30);
        assertThat(result.histogram().get(0).from()).isEqualTo(min);
        assertThat(result.histogram().get(29).to()).isEqualTo(max);
        assertThat(result.histogram().stream().mapToInt(HistogramBin::count).sum()).isEqualTo(3_000);
        for (int i = 1; i < 30; i++) {
            assertThat(result.histogram().get(i).from()).isEqualTo(result.histogram().get(i - 1).to());
        }
    }

    @Test
    void the_share_of_positive_trials_is_counted_from_the_trials() {
        double[] npvs = new MonteCarlo(fraud(), Distribution.PERT).trialNpvs(4_000, 13);
        long positive = java.util.Arrays.stream(npvs).filter(npv -> npv > 0).count();

        assertThat(new MonteCarlo(fraud(), Distribution.PERT).run(4_000, 13, 30).probabilityNpvPositive())
                .isEqualTo(positive / 4_000.0);
    }

    @Test
    void the_scorer_uses_the_model_trials_and_seed() {
        var model = ScoringModel.V1.withTrials(500).withSeed(99);
        var result = new GreenlightScorer(model, EuAiActRulesFile.bundled()).score(SampleInputs.fraud()).financials().monteCarlo();

        assertThat(result.trials()).isEqualTo(500);
        assertThat(result.seed()).isEqualTo(99);
        assertThat(result).isEqualTo(new MonteCarlo(fraud(), Distribution.PERT).run(500, 99, 30));
    }
}
