package dev.greenlight.tracking;

import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.AssessmentDocument.SuccessMetric;
import dev.greenlight.document.KillRuleWords;
import dev.greenlight.scoring.Reforecast;
import dev.greenlight.tracking.TrackingReport.Metric;
import dev.greenlight.tracking.TrackingReport.Month;
import dev.greenlight.tracking.TrackingReport.RuleOutcome;
import dev.greenlight.tracking.TrackingReport.RuleState;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

/**
 * PRODUCT.md §7 as arithmetic, with no Spring or database: the forecast by month, cumulative actual vs forecast, the
 * variance, each kill rule's state and the status. Doubles as in the scoring model, so the Tracking sheet's formulas
 * give the same figures.
 */
final class TrackingCalculator {

    /** {@code BEHIND} when the variance is below this share of the forecast build cost, negated. */
    static final double BEHIND_SHARE = 0.10;

    private TrackingCalculator() {
    }

    /** Month 1 is the approval month. */
    static int monthNumber(YearMonth approvalMonth, YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(approvalMonth, month) + 1;
    }

    /**
     * Forecast net cash of each month 1 … 12(H+1): −build/12 in year 0 (months 1–12), CF_t/12 in months 12t+1 … 12t+12.
     */
    static List<Double> forecastByMonth(double buildCost, List<Double> cashFlows) {
        var months = new ArrayList<Double>();
        for (int t = 0; t < cashFlows.size(); t++) {
            double perMonth = t == 0 ? -buildCost / 12 : cashFlows.get(t) / 12;
            for (int m = 0; m < 12; m++) {
                months.add(perMonth);
            }
        }
        return months;
    }

    static TrackingReport report(TrackingPlan plan, List<CheckInRecord> checkIns, TrackingReport.ReReview reReview,
                                 List<TrackingReport.Decision> decisions) {
        var forecast = forecastByMonth(plan.buildCost(), plan.cashFlows());
        var byNumber = new HashMap<Integer, CheckInRecord>();
        checkIns.forEach(c -> byNumber.put(c.monthNumber(), c));
        var latest = checkIns.isEmpty() ? null : checkIns.getLast();
        int last = latest == null ? 0 : latest.monthNumber();

        var months = new ArrayList<Month>();
        double forecastCumulative = 0;
        double actualCumulative = 0;
        double forecastToLast = 0;
        for (int k = 1; k <= Math.max(forecast.size(), last); k++) {
            double f = k <= forecast.size() ? forecast.get(k - 1) : 0;
            forecastCumulative += f;
            var reported = byNumber.get(k);
            if (reported != null) {
                actualCumulative += reported.netCash();
            }
            if (k == last) {
                forecastToLast = forecastCumulative;
            }
            months.add(new Month(k, plan.approvalMonth().plusMonths(k - 1L).toString(), f, forecastCumulative,
                    reported == null ? null : reported.netCash(), k <= last ? actualCumulative : null));
        }
        double variance = actualCumulative - forecastToLast;
        double behindBelow = -BEHIND_SHARE * plan.buildCost();

        var metric = plan.metric();
        var reforecasts = reforecasts(plan, checkIns);
        var rules = new ArrayList<RuleState>();
        var killRules = plan.killRules();
        for (int i = 0; i < killRules.size(); i++) {
            rules.add(evaluate(i, killRules.get(i), checkIns, metric, reforecasts));
        }
        TrackingStatus status;
        if (checkIns.isEmpty()) {
            status = TrackingStatus.NO_DATA;
        } else if (rules.stream().anyMatch(r -> r.state() == RuleOutcome.MET)) {
            status = TrackingStatus.KILL_CRITERION_MET;
        } else if (variance < behindBelow) {
            status = TrackingStatus.BEHIND;
        } else {
            status = TrackingStatus.ON_TRACK;
        }
        var kpi = new Metric(metric == null ? null : metric.kpiName(), metric == null ? null : metric.unit(),
                latestValue(checkIns, CheckInRecord::kpiValue), latestMonth(checkIns, true),
                metric == null ? null : metric.baseline(), metric == null ? null : metric.target());
        var model = new Metric(metric == null ? null : metric.modelMetric(), null,
                latestValue(checkIns, CheckInRecord::modelMetricValue), latestMonth(checkIns, false),
                metric == null ? null : metric.modelBaseline(), metric == null ? null : metric.modelTarget());
        return new TrackingReport(plan.assessmentId(), plan.title(), plan.owner(), plan.assessmentStatus(), plan.approvedVersion(),
                plan.approvalMonth().toString(), plan.currency(), plan.buildCost(), status, checkIns.size(),
                latest == null ? null : latest.month(), latest == null ? null : last, actualCumulative, forecastToLast, variance,
                behindBelow, kpi, model, rules, months, checkIns, reReview, decisions,
                reforecasts.isEmpty() || reforecasts.getLast() == null ? null : reforecasts.getLast(), observables(plan));
    }

    /**
     * Per check-in, the re-forecast as of that month (§10.1): from the latest check-in up to it that has observed values,
     * or null while none has.
     */
    static List<TrackingReport.Reforecast> reforecasts(TrackingPlan plan, List<CheckInRecord> checkIns) {
        var result = new ArrayList<TrackingReport.Reforecast>();
        TrackingReport.Reforecast current = null;
        for (var c : checkIns) {
            if (!c.observed().isEmpty() && plan.approvedInput() != null) {
                try {
                    current = reforecast(plan, c);
                } catch (IllegalArgumentException noLongerFits) {
                    // values stored against lines the approved version no longer has count as not observed
                }
            }
            result.add(current);
        }
        return result;
    }

    static List<TrackingReport.ObservableInput> observables(TrackingPlan plan) {
        if (plan.approvedInput() == null) {
            return List.of();
        }
        return Reforecast.observables(plan.approvedInput(), plan.complianceCost()).stream()
                .map(o -> new TrackingReport.ObservableInput(o.line(), o.lineName(), o.input(), o.label(), o.interval(), o.approved(),
                        o.breakEven())).toList();
    }

    static TrackingReport.Reforecast reforecast(TrackingPlan plan, CheckInRecord checkIn) {
        var observed = new ArrayList<Reforecast.Observed>();
        checkIn.observed().forEach(v -> v.inputs().forEach((key, value) -> observed.add(new Reforecast.Observed(v.line(), key, value))));
        var r = Reforecast.of(plan.approvedInput(), plan.complianceCost(), observed);
        return new TrackingReport.Reforecast(checkIn.month(), checkIn.monthNumber(),
                r.basis().stream().map(b -> new TrackingReport.Basis(b.line(), b.input(), b.approved(), b.observed())).toList(),
                r.npv(), r.approvedNpv(), r.change(), r.annualBenefit(), r.approvedAnnualBenefit(), r.monthlyValueAtRisk(),
                Reforecast.reason(r, plan.currency()));
    }

    /**
     * A rule is {@code MET} when the latest check-in, at or after its {@code fromMonth}, satisfies it; for cumulative net
     * cash the cumulative actual to that check-in is what is compared. {@code sinceMonth} is the first of the unbroken run
     * of check-ins that satisfy it up to the latest.
     */
    static RuleState evaluate(int index, KillRule rule, List<CheckInRecord> checkIns, SuccessMetric metric,
                              List<TrackingReport.Reforecast> reforecasts) {
        int from = rule.fromMonth() == null ? 1 : rule.fromMonth();
        double threshold = rule.threshold();
        var words = KillRuleWords.rule(rule, metric);
        if (checkIns.isEmpty()) {
            return new RuleState(index, rule.measure(), rule.operator(), threshold, from, words, RuleOutcome.NO_DATA, null, null, null);
        }
        var values = new ArrayList<Double>();
        double cumulative = 0;
        for (int i = 0; i < checkIns.size(); i++) {
            var c = checkIns.get(i);
            cumulative += c.netCash();
            var reforecast = reforecasts.get(i);
            values.add(switch (rule.measure()) {
                case KPI -> c.kpiValue();
                case MODEL_METRIC -> c.modelMetricValue();
                case CUMULATIVE_NET_CASH -> cumulative;
                case REFORECAST_NPV -> reforecast == null ? null : reforecast.npv();
            });
        }
        var latest = checkIns.getLast();
        var value = values.getLast();
        if (latest.monthNumber() < from) {
            return new RuleState(index, rule.measure(), rule.operator(), threshold, from, words, RuleOutcome.NOT_YET, value, null, null);
        }
        if (value == null) {
            return new RuleState(index, rule.measure(), rule.operator(), threshold, from, words, RuleOutcome.NO_VALUE, null, null, null);
        }
        if (!satisfies(rule.operator(), value, threshold)) {
            return new RuleState(index, rule.measure(), rule.operator(), threshold, from, words, RuleOutcome.NOT_MET, value, null, null);
        }
        int since = latest.monthNumber();
        for (int i = checkIns.size() - 1; i >= 0; i--) {
            var v = values.get(i);
            if (checkIns.get(i).monthNumber() < from || v == null || !satisfies(rule.operator(), v, threshold)) {
                break;
            }
            since = checkIns.get(i).monthNumber();
        }
        // a rule on money says it in money: what the observed inputs do to the project's NPV
        var reason = rule.measure() == KillMeasure.REFORECAST_NPV ? reforecasts.getLast().words()
                : KillRuleWords.reason(rule.measure(), rule.operator(), value, threshold, since);
        return new RuleState(index, rule.measure(), rule.operator(), threshold, from, words, RuleOutcome.MET, value, since, reason);
    }

    static boolean satisfies(KillOperator operator, double value, double threshold) {
        return operator == KillOperator.BELOW ? value < threshold : value > threshold;
    }

    private static Double latestValue(List<CheckInRecord> checkIns, Function<CheckInRecord, Double> value) {
        for (int i = checkIns.size() - 1; i >= 0; i--) {
            if (value.apply(checkIns.get(i)) != null) {
                return value.apply(checkIns.get(i));
            }
        }
        return null;
    }

    private static String latestMonth(List<CheckInRecord> checkIns, boolean kpi) {
        for (int i = checkIns.size() - 1; i >= 0; i--) {
            var c = checkIns.get(i);
            if ((kpi ? c.kpiValue() : c.modelMetricValue()) != null) {
                return c.month();
            }
        }
        return null;
    }

}
