package dev.greenlight.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FinancialModelTest {

    private static final double[] MICROSOFT_NPV_FLOWS = {-10_000, 3_000, 4_200, 6_800};
    private static final double[] MICROSOFT_IRR_FLOWS = {-70_000, 12_000, 15_000, 18_000, 21_000};

    @Test
    void npv_keeps_year_zero_undiscounted() {
        assertThat(FinancialModel.npv(0.10, MICROSOFT_NPV_FLOWS)).isCloseTo(1_307.29, within(0.005));
    }

    @Test
    void microsofts_npv_example_is_the_same_flows_discounted_one_more_year() {
        // Excel's =NPV(10%, -10000, 3000, 4200, 6800) treats the first flow as year 1; its documented result
        // is 1,188.44, which is exactly our year-0 figure divided by 1.1.
        double ours = FinancialModel.npv(0.10, MICROSOFT_NPV_FLOWS);
        assertThat(ours / 1.10).isCloseTo(1_188.44, within(0.005));
        double[] shifted = {0, -10_000, 3_000, 4_200, 6_800};
        assertThat(FinancialModel.npv(0.10, shifted)).isCloseTo(1_188.44, within(0.005));
    }

    @Test
    void npv_at_zero_rate_is_the_plain_sum() {
        assertThat(FinancialModel.npv(0, MICROSOFT_NPV_FLOWS)).isEqualTo(4_000);
    }

    @Test
    void irr_matches_microsofts_four_year_example() {
        assertThat(FinancialModel.irr(MICROSOFT_IRR_FLOWS)).isCloseTo(-0.0212448483, within(1e-9));
    }

    @Test
    void irr_matches_microsofts_five_year_example() {
        double[] flows = {-70_000, 12_000, 15_000, 18_000, 21_000, 26_000};
        assertThat(FinancialModel.irr(flows)).isCloseTo(0.0866309480, within(1e-9));
    }

    @Test
    void irr_zeroes_the_npv_of_a_high_return_project() {
        double[] flows = {-400_000, 870_000, 1_870_000, 1_870_000};
        Double irr = FinancialModel.irr(flows);
        assertThat(irr).isCloseTo(2.7527238278, within(1e-8));
        assertThat(FinancialModel.npv(irr, flows)).isCloseTo(0, within(1e-3));
    }

    @Test
    void irr_does_not_exist_without_a_sign_change() {
        assertThat(FinancialModel.irr(new double[]{100, 200})).isNull();
        assertThat(FinancialModel.irr(new double[]{-100, -200})).isNull();
        assertThat(FinancialModel.irr(new double[]{0, 0, 0})).isNull();
    }

    @Test
    void irr_is_null_when_the_root_lies_below_minus_99_percent() {
        assertThat(FinancialModel.irr(new double[]{-1_000, 1})).isNull();
    }

    @Test
    void irr_picks_the_root_nearest_ten_percent_when_there_are_two() {
        // -100 + 230/x - 132/x² = 0 has roots x = 1.1 and x = 1.2
        assertThat(FinancialModel.irr(new double[]{-100, 230, -132})).isCloseTo(0.10, within(1e-9));
    }

    @Test
    void payback_interpolates_linearly_within_the_year() {
        assertThat(FinancialModel.paybackMonths(new double[]{-400_000, 870_000, 1_870_000}))
                .isCloseTo(12 * 400_000.0 / 870_000, within(1e-9));
        assertThat(FinancialModel.paybackMonths(new double[]{-120, 60, 60, 60})).isCloseTo(24, within(1e-12));
        assertThat(FinancialModel.paybackMonths(new double[]{-100, 50, 50})).isCloseTo(24, within(1e-12));
    }

    @Test
    void payback_is_null_when_not_reached_within_the_horizon() {
        assertThat(FinancialModel.paybackMonths(new double[]{-100, 30, 30})).isNull();
    }

    @Test
    void payback_counts_only_once_the_project_stays_in_the_black() {
        // cumulative: -100, 100, -50, 50 — the dip in year 2 means it pays back in year 3, half way through
        assertThat(FinancialModel.paybackMonths(new double[]{-100, 200, -150, 100})).isCloseTo(30, within(1e-12));
    }

    @Test
    void payback_is_immediate_without_an_investment() {
        assertThat(FinancialModel.paybackMonths(new double[]{0, 10, 10})).isZero();
    }

    @Test
    void fraud_case_figures_match_the_hand_worked_ones() {
        var model = new FinancialModel(SampleInputs.fraud().financials(), 10_000);

        assertThat(model.cashFlows()).containsExactly(-400_000, 870_000, 1_870_000, 1_870_000);
        assertThat(model.npv()).isCloseTo(3_341_322.3140, within(1e-3));
        // PV(benefits) = 1.0M/1.1 + 2.0M/1.1² + 2.0M/1.1³; PV(costs) = 400K + 130K × (1/1.1 + 1/1.1² + 1/1.1³)
        assertThat(model.pvBenefits()).isCloseTo(4_064_613.0729, within(1e-3));
        assertThat(model.pvCosts()).isCloseTo(723_290.7588, within(1e-3));
        assertThat(model.roi()).isCloseTo(4.6196115, within(1e-6));
        assertThat(model.benefitCostRatio()).isCloseTo(5.6196115, within(1e-6));
        assertThat(model.riskAdjustedNpv()).isCloseTo(0.75 * 3_341_322.3140 - 0.25 * 400_000, within(1e-3));
        assertThat(model.paybackMonths()).isCloseTo(5.5172414, within(1e-6));
        assertThat(model.npv()).isCloseTo(model.pvBenefits() - model.pvCosts(), within(1e-6));
    }

    @Test
    void compliance_cost_is_a_run_cost_in_every_year() {
        var without = new FinancialModel(SampleInputs.fraud().financials(), 0);
        var with = new FinancialModel(SampleInputs.fraud().financials(), 50_000);

        assertThat(with.cashFlows()[1]).isEqualTo(without.cashFlows()[1] - 50_000);
        assertThat(with.pvCosts() - without.pvCosts()).isCloseTo(50_000 * with.annuityFactor(), within(1e-6));
        assertThat(with.npv()).isLessThan(without.npv());
    }

    @Test
    void ratios_do_not_exist_without_costs() {
        var free = new FinancialInput("USD", 2, 0.1, 1, List.of(), List.of(),
                List.of(new MoneyLine("Gift", 10, 10, 10, null)), List.of(1.0, 1.0));
        var model = new FinancialModel(free, 0);

        assertThat(model.pvCosts()).isZero();
        assertThat(model.roi()).isNull();
        assertThat(model.benefitCostRatio()).isNull();
        assertThat(model.irr()).isNull();
        assertThat(model.paybackMonths()).isZero();
    }

    @Test
    void a_failed_build_loses_exactly_the_build_cost_in_the_risk_adjusted_npv() {
        var input = new FinancialInput("USD", 1, 0.0, 0.0, List.of(MoneyLine.fixed("Build", 100, null)), List.of(),
                List.of(MoneyLine.fixed("Benefit", 500, null)), List.of(1.0));

        assertThat(new FinancialModel(input, 0).riskAdjustedNpv()).isEqualTo(-100);
    }
}
