package dev.greenlight.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SensitivityTest {

    @Test
    void each_line_moves_alone_from_low_to_high() {
        var rows = Sensitivity.tornado(SampleInputs.fraud().financials(), 10_000);
        double base = new FinancialModel(SampleInputs.fraud().financials(), 10_000).npv();
        double benefitFactor = 0.5 / 1.1 + 1 / 1.21 + 1 / 1.331;
        double annuity = 1 / 1.1 + 1 / 1.21 + 1 / 1.331;

        assertThat(rows).extracting(TornadoRow::line)
                .containsExactly("Fraud losses avoided", "Team (4 people, 6 months)", "MLOps maintenance");
        TornadoRow benefit = rows.get(0);
        assertThat(benefit.npvAtLow()).isCloseTo(base - 800_000 * benefitFactor, within(1e-6));
        assertThat(benefit.npvAtHigh()).isCloseTo(base + 600_000 * benefitFactor, within(1e-6));
        TornadoRow build = rows.get(1);
        assertThat(build.npvAtLow()).isCloseTo(base + 100_000, within(1e-6));
        assertThat(build.npvAtHigh()).isCloseTo(base - 200_000, within(1e-6));
        TornadoRow run = rows.get(2);
        assertThat(run.npvAtLow()).isCloseTo(base + 40_000 * annuity, within(1e-6));
        assertThat(run.npvAtHigh()).isCloseTo(base - 60_000 * annuity, within(1e-6));
    }

    @Test
    void rows_are_sorted_by_swing_and_leave_the_compliance_cost_out() {
        var rows = Sensitivity.tornado(SampleInputs.predictiveMaintenance().financials(), 50_000);

        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(TornadoRow::swing).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(rows).extracting(TornadoRow::line).doesNotContain("Compliance");
    }
}
