package dev.greenlight.brief;

import static dev.greenlight.brief.BriefNames.BENEFIT_FACTOR;
import static dev.greenlight.brief.BriefNames.NET_PRESENT_VALUE;
import static dev.greenlight.brief.BriefNames.modelFigure;
import static dev.greenlight.brief.BriefNames.modelInput;
import static dev.greenlight.brief.Formula.iff;
import static dev.greenlight.brief.Formula.text;

import dev.greenlight.brief.BriefNames.Estimate;
import dev.greenlight.scoring.DetectionModel;
import dev.greenlight.scoring.ModelInput;
import dev.greenlight.scoring.ValueModel;
import java.util.List;

/**
 * The formulas of PRODUCT.md §6.1 over a derived line's named inputs, the same arithmetic as
 * {@code scoring.ValueModels}: B, the value of a point, and each break-even, "none" where the engine reports null.
 */
final class ValueModelFormulas {

    /** One derived figure: the suffix of its defined name, its label, its formula, and whether it is a share. */
    record Figure(String name, String label, String formula, boolean share, String note) {
    }

    private ValueModelFormulas() {
    }

    static String benefit(int n, ValueModel model) {
        if (model instanceof DetectionModel d) {
            String positives = "(" + likely(n, ModelInput.CASES_PER_YEAR) + "*" + likely(n, ModelInput.PREVALENCE) + ")";
            String r0 = modelFigure(n, "baselineRecall");
            String p0 = modelFigure(n, "baselinePrecision");
            String r1 = likely(n, ModelInput.RECALL);
            String p1 = precision(n, d);
            String alertsToday = iff(r0 + "=0", "0", positives + "*" + r0 + "/" + p0);
            return likely(n, ModelInput.VALUE_PER_TRUE_POSITIVE) + "*" + positives + "*(" + r1 + "-" + r0 + ")-"
                    + likely(n, ModelInput.COST_PER_ALERT) + "*(" + positives + "*" + r1 + "/" + p1 + "-" + alertsToday
                    + ")";
        }
        return likely(n, ModelInput.TASKS_PER_YEAR) + "*" + likely(n, ModelInput.AUTOMATION_RATE) + "*"
                + netPerTask(n);
    }

    static List<Figure> figures(int n, ValueModel model) {
        String none = text(BriefWorkbook.NO_IRR);
        if (model instanceof DetectionModel d) {
            String positives = "(" + likely(n, ModelInput.CASES_PER_YEAR) + "*" + likely(n, ModelInput.PREVALENCE) + ")";
            String v = likely(n, ModelInput.VALUE_PER_TRUE_POSITIVE);
            String c = likely(n, ModelInput.COST_PER_ALERT);
            String r1 = likely(n, ModelInput.RECALL);
            String p1 = precision(n, d);
            String netPerCatch = "(" + v + "-" + c + "/" + p1 + ")";
            String recall = r1 + "-" + NET_PRESENT_VALUE + "/(" + BENEFIT_FACTOR + "*" + positives + "*" + netPerCatch + ")";
            String alertCost = "(" + BENEFIT_FACTOR + "*" + c + "*" + positives + "*" + r1 + ")";
            String k = "(" + NET_PRESENT_VALUE + "+" + alertCost + "/" + p1 + ")";
            String precision = alertCost + "/" + k;
            return List.of(
                    new Figure("valuePerRecallPoint", "Value of a point of recall a year",
                            positives + "*0.01*" + netPerCatch, false, "N·π·0.01·(v − c/P₁)"),
                    new Figure("valuePerPrecisionPoint", "Value of a point of precision a year",
                            c + "*" + positives + "*" + r1 + "*(1/" + p1 + "-1/(" + p1 + "+0.01))", false,
                            "c·N·π·R₁·(1/P₁ − 1/(P₁ + 0.01))"),
                    new Figure("breakEvenRecall", "Break-even recall",
                            iff("OR(" + netPerCatch + "<=0," + BENEFIT_FACTOR + "=0)", none,
                                    iff("OR(" + recall + "<0," + recall + ">1)", none, recall)), true,
                            "The recall at which NPV is 0, everything else at likely; none outside [0, 1]"),
                    new Figure("breakEvenPrecision", "Break-even precision",
                            iff("OR(" + alertCost + "=0," + k + "<=0)", none,
                                    iff("OR(" + precision + "<=0," + precision + ">1)", none, precision)), true,
                            "The precision at which NPV is 0; none in (0, 1] when NPV does not reach 0"));
        }
        String tasks = likely(n, ModelInput.TASKS_PER_YEAR);
        String a = likely(n, ModelInput.AUTOMATION_RATE);
        String e = likely(n, ModelInput.ERROR_RATE);
        String rate = a + "-" + NET_PRESENT_VALUE + "/(" + BENEFIT_FACTOR + "*" + tasks + "*" + netPerTask(n) + ")";
        String slope = "(" + BENEFIT_FACTOR + "*" + tasks + "*" + a + "*" + likely(n, ModelInput.COST_PER_ERROR) + ")";
        String errors = e + "+" + NET_PRESENT_VALUE + "/" + slope;
        return List.of(
                new Figure("valuePerAutomationPoint", "Value of a point of automation a year",
                        tasks + "*0.01*" + netPerTask(n), false, "N·0.01·(m·h/60 − e·k)"),
                new Figure("breakEvenAutomationRate", "Break-even automation rate",
                        iff("OR(" + netPerTask(n) + "<=0," + BENEFIT_FACTOR + "*" + tasks + "=0)", none,
                                iff("OR(" + rate + "<0," + rate + ">1)", none, rate)), true,
                        "The automation rate at which NPV is 0; none outside [0, 1]"),
                new Figure("breakEvenErrorRate", "Break-even error rate",
                        iff(slope + "=0", none, iff("OR(" + errors + "<0," + errors + ">1)", none, errors)), true,
                        "The error rate at which NPV is 0; none outside [0, 1]"));
    }

    private static String netPerTask(int n) {
        return "(" + likely(n, ModelInput.MINUTES_PER_TASK) + "*" + likely(n, ModelInput.COST_PER_HOUR) + "/60-"
                + likely(n, ModelInput.ERROR_RATE) + "*" + likely(n, ModelInput.COST_PER_ERROR) + ")";
    }

    /**
     * P₁: the stated precision, or for a line measured on validation data π·R / (π·R + (1 − π)·F) of its named
     * inputs (PRODUCT.md §9.1), so the benefit stays a live formula when prevalence changes.
     */
    private static String precision(int n, DetectionModel d) {
        if (!d.isMeasured()) {
            return likely(n, ModelInput.PRECISION);
        }
        String pi = likely(n, ModelInput.PREVALENCE);
        String r = likely(n, ModelInput.RECALL);
        return "(" + pi + "*" + r + "/(" + pi + "*" + r + "+(1-" + pi + ")*" + likely(n, ModelInput.FALSE_POSITIVE_RATE)
                + "))";
    }

    private static String likely(int n, ModelInput input) {
        return modelInput(n, input.key(), Estimate.LIKELY);
    }
}
