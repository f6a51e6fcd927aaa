package dev.greenlight.tracking;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.KillRuleWords;
import java.time.Instant;
import java.util.List;

/**
 * An approved assessment against the forecast it was approved on (PRODUCT.md §7): the approved version's likely cash
 * flows spread by month, what was reported, cumulative actual vs forecast to the last reported month and their
 * variance, the latest KPI and model metric against baseline and target, each kill rule's state, the status, an open
 * re-review and the product managers' decisions on earlier ones, the model inputs a check-in may report, and the re-forecast at the model inputs monitoring last
 * observed (§10.1; null before any check-in reports one). Money is in {@code currency}; field names are a JSON contract
 * ({@code GET /api/v1/assessments/{id}/tracking}).
 *
 * @param behindBelow     the variance under which the project is {@code BEHIND}: −10 % of the forecast build cost
 * @param months          one row per month from 1 to the end of the horizon (or the last reported month, if later)
 */
public record TrackingReport(long assessmentId, String title, String owner, AssessmentStatus assessmentStatus,
                             int approvedVersion, String approvalMonth, String currency, double forecastBuildCost,
                             TrackingStatus status, int monthsReported, String lastMonth, Integer lastMonthNumber,
                             double actualNetCash, double forecastNetCash, double variance, double behindBelow,
                             Metric kpi, Metric modelMetric, List<RuleState> killRules, List<Month> months,
                             List<CheckInRecord> checkIns, ReReview reReview, List<Decision> decisions,
                             Reforecast reforecast, List<ObservableInput> observableInputs) {

    public TrackingReport {
        killRules = List.copyOf(killRules);
        months = List.copyOf(months);
        checkIns = List.copyOf(checkIns);
        decisions = List.copyOf(decisions);
        observableInputs = List.copyOf(observableInputs);
    }

    /** The reasons of every rule met now, in words, for the queue and the audit trail; empty when none is met. */
    public List<String> metReasons() {
        return killRules.stream().filter(r -> r.state() == RuleOutcome.MET).map(RuleState::reason).toList();
    }

    /**
     * Month {@code number} (1 = the approval month): forecast net cash of the month and to date; what was reported
     * (null when the month was not) and the cumulative actual to date (null after the last reported month).
     */
    public record Month(int number, String month, double forecastNetCash, double forecastCumulative, Double actualNetCash,
                        Double actualCumulative) {
    }

    /** The KPI or the model metric: its name, the latest value reported (and its month), baseline and target. */
    public record Metric(String name, String unit, Double latest, String latestMonth, Double baseline, Double target) {
    }

    /**
     * One kill rule and where it stands: {@code words} as the team wrote it ("Stop if … is below 0.50 from month 6"),
     * the value it was judged on, and when met the month since which it has held and the reason for the re-review.
     */
    public record RuleState(int index, KillMeasure measure, KillOperator operator, double threshold, int fromMonth, String words,
                            RuleOutcome state, Double value, Integer sinceMonth, String reason) {

        /** The rule and where it stands, in one line: "Stop if … from month 6 — MET: model metric 0.47 below 0.50 since month 6". */
        public String verdict() {
            return words + " — " + switch (state) {
                case MET -> "MET: " + reason;
                case NOT_MET -> "not met (latest " + KillRuleWords.number(value) + ")";
                case NOT_YET -> "applies from month " + fromMonth;
                case NO_VALUE -> "the latest check-in does not report it";
                case NO_DATA -> "no check-in yet";
            };
        }
    }

    /** {@code MET}: the latest check-in satisfies it; {@code NOT_YET}: that check-in is before its {@code fromMonth}. */
    public enum RuleOutcome { MET, NOT_MET, NOT_YET, NO_VALUE, NO_DATA }

    /** A met kill rule waits for a product manager, since {@code since}. */
    public record ReReview(String reason, Instant since) {
    }

    /**
     * PRODUCT.md §10.1 from the latest check-in that has observed values: the approved version's deterministic NPV with
     * those inputs at the observed values, everything else as approved, and no probability of success (the model is in
     * production); {@code change} = npv − approvedNpv; the derived lines' annual benefit at full adoption as observed and
     * as approved; {@code monthlyValueAtRisk} = (approvedAnnualBenefit − annualBenefit) / 12. {@code words} says it in
     * money for people ("at the observed recall 0.58 (approved at 0.82) the project's NPV falls from $3.2M to -$0.4M").
     */
    public record Reforecast(String month, int monthNumber, List<Basis> basis, double npv, double approvedNpv, double change,
                             double annualBenefit, double approvedAnnualBenefit, double monthlyValueAtRisk,
                             @com.fasterxml.jackson.annotation.JsonIgnore String words) {
        public Reforecast {
            basis = List.copyOf(basis);
        }
    }

    /**
     * An input a check-in may report under {@code observed} for this project (§10.1): the derived line's index and name,
     * the input's key and label, its allowed values, the approved likely value and the break-even (null when none).
     */
    public record ObservableInput(int line, String lineName, String input, String label, String interval, double approved,
                                  Double breakEven) {
    }

    /** One observed input the re-forecast rests on: the benefit line's index, the input, its approved likely value, the observed. */
    public record Basis(int line, String input, double approved, double observed) {
    }

    /** A product manager's word on a re-review: {@code CONTINUE} with a rationale, or {@code STOP}. */
    public record Decision(ReReviewDecision decision, String reason, String rationale, String decidedBy, Instant decidedAt) {
    }
}
