package dev.greenlight.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringModelTest {

    private static ScoringModel model(double v, double c, double d, double e, double go, double cond, double rev,
                                      double cost2, int trials, int bins) {
        return new ScoringModel("test", v, c, d, e, go, cond, rev, cost2, 50_000, 150_000, 0.1, trials, 1,
                Distribution.PERT, bins);
    }

    @Test
    void v1_holds_the_published_defaults() {
        var v1 = ScoringModel.V1;

        assertThat(v1.version()).isEqualTo("v1");
        assertThat(new double[]{v1.valueWeight(), v1.confidenceWeight(), v1.readinessWeight(), v1.ethicsWeight()})
                .containsExactly(0.35, 0.25, 0.15, 0.25);
        assertThat(new double[]{v1.goThreshold(), v1.conditionsThreshold(), v1.reviseThreshold()})
                .containsExactly(70, 50, 35);
        assertThat(v1.complianceCost(EthicsLevel.I)).isZero();
        assertThat(v1.complianceCost(EthicsLevel.II)).isEqualTo(10_000);
        assertThat(v1.complianceCost(EthicsLevel.III)).isEqualTo(50_000);
        assertThat(v1.complianceCost(EthicsLevel.IV)).isEqualTo(150_000);
        assertThat(v1.defaultDiscountRate()).isEqualTo(0.10);
        assertThat(v1.trials()).isEqualTo(10_000);
        assertThat(v1.seed()).isEqualTo(42);
        assertThat(v1.distribution()).isEqualTo(Distribution.PERT);
        assertThat(v1.histogramBins()).isEqualTo(30);
    }

    @Test
    void weights_must_each_be_shares_and_sum_to_one() {
        assertThatThrownBy(() -> model(0.5, 0.25, 0.15, 0.25, 70, 50, 35, 0, 1000, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights must sum to 1");
        assertThatThrownBy(() -> model(1.2, -0.2, 0, 0, 70, 50, 35, 0, 1000, 30))
                .hasMessageContaining("valueWeight");
        assertThatThrownBy(() -> model(Double.NaN, 0.25, 0.15, 0.25, 70, 50, 35, 0, 1000, 30))
                .hasMessageContaining("valueWeight");
        assertThat(model(0.1 + 0.2, 0.7, 0, 0, 70, 50, 35, 0, 1000, 30).valueWeight()).isEqualTo(0.1 + 0.2);
    }

    @Test
    void thresholds_must_be_ordered_scores() {
        assertThatThrownBy(() -> model(0.35, 0.25, 0.15, 0.25, 40, 50, 35, 0, 1000, 30))
                .hasMessageContaining("goThreshold");
        assertThatThrownBy(() -> model(0.35, 0.25, 0.15, 0.25, 70, 30, 35, 0, 1000, 30))
                .hasMessageContaining("conditionsThreshold");
        assertThatThrownBy(() -> model(0.35, 0.25, 0.15, 0.25, 170, 50, 35, 0, 1000, 30))
                .hasMessageContaining("goThreshold must be in [0, 100]");
    }

    @Test
    void compliance_costs_trials_and_bins_must_be_in_range() {
        assertThatThrownBy(() -> model(0.35, 0.25, 0.15, 0.25, 70, 50, 35, -1, 1000, 30))
                .hasMessageContaining("complianceCostLevelII");
        assertThatThrownBy(() -> model(0.35, 0.25, 0.15, 0.25, 70, 50, 35, 0, 99, 30))
                .hasMessageContaining("trials must be between 100 and 1000000");
        assertThatThrownBy(() -> model(0.35, 0.25, 0.15, 0.25, 70, 50, 35, 0, 1_000_001, 30))
                .hasMessageContaining("trials");
        assertThatThrownBy(() -> model(0.35, 0.25, 0.15, 0.25, 70, 50, 35, 0, 1000, 0))
                .hasMessageContaining("histogramBins");
        assertThatThrownBy(() -> new ScoringModel(" ", 0.35, 0.25, 0.15, 0.25, 70, 50, 35, 0, 0, 0, 0.1, 1000, 1,
                Distribution.PERT, 30)).hasMessageContaining("version");
        assertThatThrownBy(() -> new ScoringModel("x", 0.35, 0.25, 0.15, 0.25, 70, 50, 35, 0, 0, 0, 1.0, 1000, 1,
                Distribution.PERT, 30)).hasMessageContaining("defaultDiscountRate");
        assertThatThrownBy(() -> new ScoringModel("x", 0.35, 0.25, 0.15, 0.25, 70, 50, 35, 0, 0, 0, 0.1, 1000, 1,
                null, 30)).hasMessageContaining("distribution");
    }
}
