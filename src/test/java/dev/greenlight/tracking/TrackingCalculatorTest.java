package dev.greenlight.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.AssessmentDocument.SuccessMetric;
import dev.greenlight.document.KillRuleWords;
import dev.greenlight.tracking.TrackingReport.RuleOutcome;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PRODUCT.md §7's arithmetic without Spring: the forecast by month, the status at each boundary, every kind of kill rule. */
class TrackingCalculatorTest {

    private static final YearMonth APPROVED = YearMonth.of(2027, 1);
    /** Build 120,000; cash flows of the three-year case in TrackedProjects. */
    private static final List<Double> CASH_FLOWS = List.of(-120_000.0, 36_000.0, 96_000.0, 96_000.0);

    private static TrackingPlan plan(KillRule... rules) {
        var metric = new SuccessMetric(null, "Downtime hours", "hours", 310.0, 190.0, 8, "Recall", 0.25, 0.65, null, null, null,
                List.of(rules));
        return new TrackingPlan(7, "Motors", "engineer", AssessmentStatus.APPROVED, 1, APPROVED, "USD", 120_000, CASH_FLOWS, metric, null, 0);
    }

    private static CheckInRecord checkIn(int number, double build, double run, double benefit, Double kpi, Double model) {
        return new CheckInRecord(APPROVED.plusMonths(number - 1L).toString(), number, build, run, benefit, kpi, model, null, "engineer", null);
    }

    private static TrackingReport report(TrackingPlan plan, CheckInRecord... checkIns) {
        return TrackingCalculator.report(plan, List.of(checkIns), null, List.of());
    }

    @Test
    void the_forecast_by_month_of_a_three_year_case_is_a_twelfth_of_each_year() {
        var months = report(plan()).months();
        assertThat(months).hasSize(48);
        for (var m : months) {
            double expected = m.number() <= 12 ? -10_000 : m.number() <= 24 ? 3_000 : 8_000;
            assertThat(m.forecastNetCash()).as("month %d", m.number()).isCloseTo(expected, within(1e-9));
        }
        assertThat(months.get(11).forecastCumulative()).isCloseTo(-120_000, within(1e-6));
        assertThat(months.get(23).forecastCumulative()).isCloseTo(-84_000, within(1e-6));
        assertThat(months.get(35).forecastCumulative()).isCloseTo(12_000, within(1e-6));
        assertThat(months.get(47).forecastCumulative()).isCloseTo(108_000, within(1e-6));
        assertThat(months.get(0).month()).isEqualTo("2027-01");
        assertThat(months.get(47).month()).isEqualTo("2030-12");
        assertThat(months.get(0).actualCumulative()).isNull();
    }

    @Test
    void cumulative_actual_counts_every_check_in_and_is_compared_with_the_forecast_to_the_last_reported_month() {
        // months 1, 2 and 14 reported; 3-13 not: they add nothing to the actual, the forecast runs on
        var r = report(plan(), checkIn(1, 9_000, 0, 0, null, null), checkIn(2, 11_000, 500, 0, null, null),
                checkIn(14, 0, 2_000, 6_000, null, null));
        assertThat(r.actualNetCash()).isEqualTo(-9_000 - 11_500 + 4_000);
        assertThat(r.forecastNetCash()).isCloseTo(-120_000 + 2 * 3_000, within(1e-6));
        assertThat(r.variance()).isCloseTo(-16_500 + 114_000, within(1e-6));
        assertThat(r.monthsReported()).isEqualTo(3);
        assertThat(r.lastMonth()).isEqualTo("2028-02");
        assertThat(r.lastMonthNumber()).isEqualTo(14);
        assertThat(r.months().get(2).actualNetCash()).isNull();
        assertThat(r.months().get(2).actualCumulative()).isEqualTo(-20_500);
        assertThat(r.months().get(13).actualCumulative()).isEqualTo(-16_500);
        assertThat(r.months().get(14).actualCumulative()).isNull();
        assertThat(r.status()).isEqualTo(TrackingStatus.ON_TRACK);
    }

    @Test
    void no_check_in_is_no_data() {
        var r = report(plan(new KillRule(KillMeasure.KPI, KillOperator.ABOVE, 1.0, 1)));
        assertThat(r.status()).isEqualTo(TrackingStatus.NO_DATA);
        assertThat(r.killRules()).extracting(TrackingReport.RuleState::state).containsExactly(RuleOutcome.NO_DATA);
    }

    /** Behind when the variance is below −10 % of the forecast build cost (−12,000): exactly −12,000 is still on track. */
    @ParameterizedTest(name = "month 1 build spend {0} → {1}")
    @CsvSource({"10000, ON_TRACK", "22000, ON_TRACK", "22001, BEHIND", "0, ON_TRACK"})
    void behind_starts_just_past_ten_percent_of_the_build_cost(double buildSpend, TrackingStatus expected) {
        var r = report(plan(), checkIn(1, buildSpend, 0, 0, null, null));
        assertThat(r.behindBelow()).isEqualTo(-12_000);
        assertThat(r.status()).isEqualTo(expected);
    }

    @Test
    void a_met_kill_rule_outranks_being_behind() {
        var r = report(plan(new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 1)),
                checkIn(1, 50_000, 0, 0, null, 0.3));
        assertThat(r.variance()).isLessThan(r.behindBelow());
        assertThat(r.status()).isEqualTo(TrackingStatus.KILL_CRITERION_MET);
    }

    /** Each measure and operator, with the latest check-in just before, at and after {@code fromMonth} 6. */
    @ParameterizedTest(name = "{0} {1} {2}, latest month {3} value {4} → {5}")
    @CsvSource({
            "KPI, ABOVE, 250, 5, 300, NOT_YET",
            "KPI, ABOVE, 250, 6, 300, MET",
            "KPI, ABOVE, 250, 6, 250, NOT_MET",
            "KPI, BELOW, 250, 7, 249, MET",
            "KPI, BELOW, 250, 7, 251, NOT_MET",
            "MODEL_METRIC, BELOW, 0.5, 5, 0.4, NOT_YET",
            "MODEL_METRIC, BELOW, 0.5, 6, 0.47, MET",
            "MODEL_METRIC, BELOW, 0.5, 6, 0.5, NOT_MET",
            "MODEL_METRIC, ABOVE, 0.9, 8, 0.95, MET",
            "MODEL_METRIC, ABOVE, 0.9, 8, 0.85, NOT_MET"})
    void each_measured_rule_is_judged_on_the_latest_check_in_from_its_month(KillMeasure measure, KillOperator operator,
            double threshold, int latestMonth, double value, RuleOutcome expected) {
        var rule = new KillRule(measure, operator, threshold, 6);
        var checkIns = new ArrayList<CheckInRecord>();
        for (int k = 1; k <= latestMonth; k++) {
            checkIns.add(measure == KillMeasure.KPI ? checkIn(k, 0, 0, 0, value, null) : checkIn(k, 0, 0, 0, null, value));
        }
        var state = TrackingCalculator.report(plan(rule), checkIns, null, List.of()).killRules().getFirst();
        assertThat(state.state()).isEqualTo(expected);
        assertThat(state.value()).isEqualTo(value);
        if (expected == RuleOutcome.MET) {
            assertThat(state.sinceMonth()).isEqualTo(6);
        } else {
            assertThat(state.reason()).isNull();
        }
    }

    @Test
    void cumulative_net_cash_is_judged_on_the_cumulative_actual() {
        var below = new KillRule(KillMeasure.CUMULATIVE_NET_CASH, KillOperator.BELOW, -25_000.0, 3);
        var above = new KillRule(KillMeasure.CUMULATIVE_NET_CASH, KillOperator.ABOVE, 0.0, 1);
        var r = report(plan(below, above), checkIn(1, 10_000, 0, 0, null, null), checkIn(2, 10_000, 0, 0, null, null),
                checkIn(3, 6_000, 0, 0, null, null));
        assertThat(r.killRules().get(0).state()).isEqualTo(RuleOutcome.MET);
        assertThat(r.killRules().get(0).value()).isEqualTo(-26_000);
        assertThat(r.killRules().get(0).reason()).isEqualTo("cumulative net cash -26,000 below -25,000 since month 3");
        assertThat(r.killRules().get(1).state()).isEqualTo(RuleOutcome.NOT_MET);
        var recovered = report(plan(below, above), checkIn(1, 0, 0, 30_000, null, null));
        assertThat(recovered.killRules().get(0).state()).isEqualTo(RuleOutcome.NOT_YET);
        assertThat(recovered.killRules().get(1).state()).isEqualTo(RuleOutcome.MET);
    }

    @Test
    void a_rule_without_its_value_in_the_latest_check_in_is_not_met_and_says_so() {
        var r = report(plan(new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 1)),
                checkIn(1, 0, 0, 0, null, 0.3), checkIn(2, 0, 0, 0, 200.0, null));
        assertThat(r.killRules().getFirst().state()).isEqualTo(RuleOutcome.NO_VALUE);
        assertThat(r.status()).isEqualTo(TrackingStatus.ON_TRACK);
        assertThat(r.modelMetric().latest()).isEqualTo(0.3);
        assertThat(r.modelMetric().latestMonth()).isEqualTo("2027-01");
        assertThat(r.kpi().latest()).isEqualTo(200.0);
    }

    @Test
    void the_reason_names_the_month_since_which_the_rule_has_held_without_a_break() {
        var rule = new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 2);
        var r = report(plan(rule), checkIn(1, 0, 0, 0, null, 0.3), checkIn(2, 0, 0, 0, null, 0.4), checkIn(3, 0, 0, 0, null, 0.55),
                checkIn(4, 0, 0, 0, null, 0.49), checkIn(5, 0, 0, 0, null, 0.47));
        var state = r.killRules().getFirst();
        assertThat(state.sinceMonth()).isEqualTo(4);
        assertThat(state.reason()).isEqualTo("model metric 0.47 below 0.50 since month 4");
        assertThat(state.words()).isEqualTo("Stop if production Recall is below 0.50 from month 2");
        assertThat(r.metReasons()).containsExactly("model metric 0.47 below 0.50 since month 4");
    }

    @Test
    void a_rule_reads_in_plain_words() {
        var metric = plan().metric();
        assertThat(KillRuleWords.rule(new KillRule(KillMeasure.KPI, KillOperator.ABOVE, 250.0, null), metric))
                .isEqualTo("Stop if Downtime hours is above 250");
        assertThat(KillRuleWords.rule(new KillRule(KillMeasure.CUMULATIVE_NET_CASH, KillOperator.BELOW, -200_000.0, 12), metric))
                .isEqualTo("Stop if cumulative net cash is below -200,000 from month 12");
        assertThat(KillRuleWords.rule(new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 6), null))
                .isEqualTo("Stop if the production model metric is below 0.50 from month 6");
    }
}
