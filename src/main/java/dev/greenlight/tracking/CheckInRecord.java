package dev.greenlight.tracking;

import dev.greenlight.document.KillRuleWords;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A check-in as readers see it: the calendar month ({@code 2027-03}), its number counted from the approval month (1),
 * money spent or earned in that month (null when not reported, counted as 0), the KPI and model metric measured, the
 * derived lines' model inputs monitoring observed (PRODUCT.md §10.1; empty when none), a note, and who posted it when.
 */
public record CheckInRecord(String month, int monthNumber, Double buildSpend, Double runCost, Double realisedBenefit,
                            Double kpiValue, Double modelMetricValue, List<ObservedValues> observed, String note,
                            String postedBy, Instant postedAt) {

    public CheckInRecord {
        observed = observed == null ? List.of() : List.copyOf(observed);
    }

    /** A check-in without observed model inputs. */
    public CheckInRecord(String month, int monthNumber, Double buildSpend, Double runCost, Double realisedBenefit,
                         Double kpiValue, Double modelMetricValue, String note, String postedBy, Instant postedAt) {
        this(month, monthNumber, buildSpend, runCost, realisedBenefit, kpiValue, modelMetricValue, List.of(), note, postedBy,
                postedAt);
    }

    /** Net cash of the month: realised benefit − run cost − build spend, unreported money counting 0. */
    public double netCash() {
        return orZero(realisedBenefit) - orZero(runCost) - orZero(buildSpend);
    }

    /** The figures in words, for the audit trail: "build —, run 12,000, benefit 40,000, KPI —, model metric 0.47". */
    public String describe() {
        return "build " + word(buildSpend) + ", run " + word(runCost) + ", benefit " + word(realisedBenefit) + ", KPI "
                + word(kpiValue) + ", model metric " + word(modelMetricValue)
                + (observed.isEmpty() ? "" : ", observed " + observed.stream().map(CheckInRecord::describe).collect(Collectors.joining("; ")))
                + (note == null ? "" : ", note “" + note + "”");
    }

    /** "line 0 recall 0.71, precision 0.38". */
    static String describe(ObservedValues values) {
        return "line " + values.line() + " " + values.inputs().entrySet().stream()
                .map(e -> e.getKey() + " " + KillRuleWords.number(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String word(Double value) {
        return value == null ? "—" : KillRuleWords.number(value);
    }

    static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
