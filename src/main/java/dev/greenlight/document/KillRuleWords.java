package dev.greenlight.document;

import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.AssessmentDocument.SuccessMetric;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Kill rules (PRODUCT.md §7) and their verdicts in plain words: "Stop if production Recall is below 0.50 from month 6".
 * The guided form shows a rule this way as it is edited; tracking, the brief and the audit trail say it the same way.
 */
public final class KillRuleWords {

    private KillRuleWords() {
    }

    /** The rule as the team would say it, naming the KPI or model metric when the success metric names them. */
    public static String rule(KillRule rule, SuccessMetric metric) {
        if (rule.measure() == null || rule.operator() == null || rule.threshold() == null) {
            return "Stop if … (choose what is measured, below or above, and the threshold)";
        }
        var from = rule.fromMonth() == null || rule.fromMonth() <= 1 ? "" : " from month " + rule.fromMonth();
        return "Stop if " + subject(rule.measure(), metric) + " is " + operator(rule.operator()) + " "
                + number(rule.threshold()) + from;
    }

    /** What the measure is called in a rule: the metric's own name if it has one. */
    public static String subject(KillMeasure measure, SuccessMetric metric) {
        return switch (measure) {
            case KPI -> metric != null && metric.kpiName() != null && !metric.kpiName().isBlank()
                    ? metric.kpiName().strip() : "the KPI";
            case MODEL_METRIC -> metric != null && metric.modelMetric() != null && !metric.modelMetric().isBlank()
                    ? "production " + metric.modelMetric().strip() : "the production model metric";
            case CUMULATIVE_NET_CASH -> "cumulative net cash";
            case REFORECAST_NPV -> "the NPV re-forecast at the observed model inputs";
        };
    }

    public static String operator(KillOperator operator) {
        return operator == KillOperator.BELOW ? "below" : "above";
    }

    /** The re-review's reason: "model metric 0.47 below 0.50 since month 6". */
    public static String reason(KillMeasure measure, KillOperator operator, double value, double threshold, int since) {
        var name = switch (measure) {
            case KPI -> "KPI";
            case MODEL_METRIC -> "model metric";
            case CUMULATIVE_NET_CASH -> "cumulative net cash";
            case REFORECAST_NPV -> "re-forecast NPV";
        };
        return name + " " + number(value) + " " + operator(operator) + " " + number(threshold) + " since month " + since;
    }

    /** Four significant digits, at least two decimals below 1, thousands grouped: 0, 0.50, 0.4712, 12.5, -200,000. */
    public static String number(double value) {
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) >= 1) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        var rounded = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
        if (Math.abs(value) < 1 && rounded.scale() < 2) {
            rounded = rounded.setScale(2, RoundingMode.HALF_UP);
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,." + Math.max(0, rounded.scale()) + "f", rounded);
        }
        return rounded.toPlainString();
    }
}
