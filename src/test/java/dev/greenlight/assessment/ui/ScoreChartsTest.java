package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.scoring.FinancialResult;
import dev.greenlight.scoring.MonteCarloResult;
import dev.greenlight.scoring.TornadoRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreChartsTest {

    private static FinancialResult withTornado(TornadoRow... rows) {
        var mc = new MonteCarloResult(100, 42, 0, 0, 0, 0, 0.5, List.of());
        return new FinancialResult(List.of(-100.0, 200.0), 1_000, 800, null, null, null, null, mc, List.of(rows),
                0, 0, 100, 10, 0, "EUR");
    }

    @Test
    void a_cost_at_its_high_is_worse_and_a_benefit_at_its_high_is_better() {
        var cost = new TornadoRow("Team (4 people, 6 months) — the longest build line name a team would type", 1_300, 600);
        var benefit = new TornadoRow("Fraud losses avoided", 400, 1_900);
        var data = ScoreCharts.tornadoData(withTornado(benefit, cost));
        assertThat(data.getValue(ScoreCharts.WORSE, cost.line()).doubleValue()).isEqualTo(-400);
        assertThat(data.getValue(ScoreCharts.BETTER, cost.line()).doubleValue()).isEqualTo(300);
        assertThat(data.getValue(ScoreCharts.WORSE, benefit.line()).doubleValue()).isEqualTo(-600);
        assertThat(data.getValue(ScoreCharts.BETTER, benefit.line()).doubleValue()).isEqualTo(900);
        assertThat(data.getColumnKeys()).as("labels are whole, never cut").containsExactly(benefit.line(), cost.line());
    }

    @Test
    void a_line_that_only_hurts_has_nothing_on_the_better_side() {
        var data = ScoreCharts.tornadoData(withTornado(new TornadoRow("Licences", 1_000, 700)));
        assertThat(data.getValue(ScoreCharts.BETTER, "Licences").doubleValue()).isZero();
        assertThat(data.getValue(ScoreCharts.WORSE, "Licences").doubleValue()).isEqualTo(-300);
    }
}
