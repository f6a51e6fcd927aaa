package dev.greenlight.document;

import dev.greenlight.document.AssessmentDocument.KillRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured kill rules of a success metric (PRODUCT.md §7, schema 2): each names a measure, an operator, a finite
 * threshold and optionally the month from which it applies (1 = the approval month; absent means from month 1).
 */
final class KillRuleValidator {

    static final int MAX_RULES = 10;
    /** The last month a forecast reaches: year 0 plus a horizon of at most ten years. */
    static final int MAX_FROM_MONTH = 12 * 11;

    private KillRuleValidator() {
    }

    static List<FieldError> validate(String path, List<KillRule> rules) {
        var errors = new ArrayList<FieldError>();
        if (rules == null) {
            return errors;
        }
        if (rules.size() > MAX_RULES) {
            errors.add(new FieldError(path, "at most " + MAX_RULES + " kill rules, was " + rules.size()));
            return errors;
        }
        for (int i = 0; i < rules.size(); i++) {
            var at = path + "[" + i + "]";
            var rule = rules.get(i);
            if (rule == null) {
                errors.add(new FieldError(at, "must be a rule {\"measure\", \"operator\", \"threshold\", \"fromMonth\"}, not null"));
                continue;
            }
            if (rule.measure() == null) {
                errors.add(new FieldError(at + ".measure", "is required: KPI, MODEL_METRIC, CUMULATIVE_NET_CASH or REFORECAST_NPV"));
            }
            if (rule.operator() == null) {
                errors.add(new FieldError(at + ".operator", "is required: BELOW or ABOVE"));
            }
            if (rule.threshold() == null) {
                errors.add(new FieldError(at + ".threshold", "is required: the value that stops the project"));
            } else if (!Double.isFinite(rule.threshold()) || Math.abs(rule.threshold()) > AssessmentValidator.MONEY_MAX) {
                errors.add(new FieldError(at + ".threshold", "must be a finite number up to "
                        + BigDecimal.valueOf(AssessmentValidator.MONEY_MAX).toPlainString() + " in size, was " + rule.threshold()));
            }
            if (rule.fromMonth() != null && (rule.fromMonth() < 1 || rule.fromMonth() > MAX_FROM_MONTH)) {
                errors.add(new FieldError(at + ".fromMonth", "must be a month from 1 (the approval month) to " + MAX_FROM_MONTH
                        + ", was " + rule.fromMonth()));
            }
        }
        return errors;
    }
}
