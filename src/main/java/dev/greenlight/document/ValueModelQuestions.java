package dev.greenlight.document;

import dev.greenlight.scoring.ModelInput;
import dev.greenlight.scoring.ValueModelKind;
import java.util.List;

/**
 * The wizard's words for the value models of PRODUCT.md §6.1, as data like the rest of the questionnaire: each
 * input's label, what it means, and an example, so an engineer can fill it in without reading the formula.
 */
public final class ValueModelQuestions {

    /**
     * @param share a fraction the wizard shows as a percentage
     */
    public record InputQuestion(String key, String label, String help, String example, boolean share) {
    }

    public static final InputQuestion BASELINE_RECALL = new InputQuestion("baselineRecall", "Today's recall",
            "Share of real cases today's process (rules, people) already catches; 0 if nothing catches them.",
            "Today's rules catch 42 % of fraud", true);
    public static final InputQuestion BASELINE_PRECISION = new InputQuestion("baselinePrecision", "Today's precision",
            "Share of today's alerts that turn out to be real. Needed when today's recall is above 0.",
            "4 % of rule alerts are real fraud", true);

    private ValueModelQuestions() {
    }

    public static String kindLabel(ValueModelKind kind) {
        return switch (kind) {
            case DETECTION -> "Detection: the model flags cases for someone to act on (fraud, churn, defects)";
            case AUTOMATION -> "Automation: the model does part of work people do today (extraction, triage)";
        };
    }

    public static List<ModelInput> inputs(ValueModelKind kind) {
        return ModelInput.stated(kind);
    }

    public static InputQuestion of(ModelInput input) {
        return switch (input) {
            case CASES_PER_YEAR -> question(input, "Cases a year", "How many cases the model scores in a year.",
                    "120,000,000 card transactions", false);
            case PREVALENCE -> question(input, "Prevalence", "Share of cases that are truly positive.",
                    "0.26 % of transactions are fraud", true);
            case VALUE_PER_TRUE_POSITIVE -> question(input, "Value per real case caught",
                    "What acting on one real case saves or earns.", "$40 of loss stopped per fraud caught", false);
            case COST_PER_ALERT -> question(input, "Cost per alert",
                    "What acting on one flag costs, real or not: review time, a text to the customer.",
                    "$0.17: an automatic text, and 1 in 25 reviewed by an analyst", false);
            case RECALL -> question(input, "Model recall", "Share of real cases the model flags, in production "
                    + "(usually a little below the offline test).", "58 % in the back-test, 50–62 % in production", true);
            case PRECISION -> question(input, "Model precision", "Share of the model's flags that are real.",
                    "30 % of alerts are fraud", true);
            case TASKS_PER_YEAR -> question(input, "Tasks a year", "How many of these tasks people do in a year.",
                    "117,000 invoices", false);
            case AUTOMATION_RATE -> question(input, "Automation rate",
                    "Share of tasks the model handles without a person.", "65 % go through untouched", true);
            case MINUTES_PER_TASK -> question(input, "Minutes saved per task",
                    "Person-minutes saved on each task the model handles.", "4.5 minutes of keying", false);
            case COST_PER_HOUR -> question(input, "Cost per hour", "Fully loaded cost of an hour of that work.",
                    "£30 an hour for an AP clerk", false);
            case ERROR_RATE -> question(input, "Error rate", "Share of automated tasks that go wrong.",
                    "4 in 1,000 invoices have a field wrong", true);
            case COST_PER_ERROR -> question(input, "Cost per error", "What one error costs to find and put right.",
                    "£45 of clerk and supplier time", false);
            case FALSE_POSITIVE_RATE -> question(input, "False-positive rate",
                    "Share of cases that are not real which the model flags, measured on validation data.",
                    "0.4 % of genuine transactions flagged", true);
        };
    }

    private static InputQuestion question(ModelInput input, String label, String help, String example, boolean share) {
        // every share runs from 0 to 1, which the wizard shows as 0 % to 100 %
        String allowed = share ? input.interval().replace("0,", "0 %,").replace("1]", "100 %]").replace("1)", "100 %)")
                : input == ModelInput.MINUTES_PER_TASK ? input.interval() : "0 or more";
        return new InputQuestion(input.key(), label, help + " Allowed: " + allowed + ".", example, share);
    }
}
