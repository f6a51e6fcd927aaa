package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.greenlight.base.ui.Money;
import dev.greenlight.scoring.AlternativeResult;
import dev.greenlight.scoring.DerivedBenefit;
import dev.greenlight.scoring.FinancialResult;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ValueModelKind;
import java.util.Locale;

/**
 * The translator's figures of a score (PRODUCT.md §6.1, §6.2) for the live panel and the assessment page: each
 * derived line's annual benefit, what a point is worth and where it breaks even, and what AI adds over the best
 * non-AI way. Empty for a score without either.
 */
final class ValueFigures {

    private ValueFigures() {
    }

    static Div of(ScoreResult r, String idPrefix) {
        var box = new Div();
        box.addClassName("value-figures");
        FinancialResult f = r.financials();
        String currency = f.currency();
        for (int i = 0; i < f.derivedBenefits().size(); i++) {
            DerivedBenefit d = f.derivedBenefits().get(i);
            String id = idPrefix + "-derived-" + i;
            box.add(new H4(d.line() + " (derived)"));
            box.add(figure("Annual benefit at full adoption", Money.format(d.annualBenefit(), currency), id + "-benefit"));
            if (d.kind() == ValueModelKind.DETECTION) {
                box.add(figure("A point of recall is worth", Money.format(d.valuePerRecallPoint(), currency) + " a year",
                        id + "-point"));
                box.add(figure("A point of precision is worth",
                        Money.format(d.valuePerPrecisionPoint(), currency) + " a year", id + "-precision-point"));
                box.add(figure("Breaks even at a recall of", share(d.breakEvenRecall()), id + "-break-even"));
                box.add(figure("Breaks even at a precision of", share(d.breakEvenPrecision()), id + "-break-even-precision"));
            } else {
                box.add(figure("A point of automation is worth",
                        Money.format(d.valuePerAutomationPoint(), currency) + " a year", id + "-point"));
                box.add(figure("Breaks even at an automation rate of", share(d.breakEvenAutomationRate()),
                        id + "-break-even"));
                box.add(figure("Breaks even at an error rate of", share(d.breakEvenErrorRate()),
                        id + "-break-even-errors"));
            }
        }
        AlternativeResult a = f.alternative();
        if (a != null) {
            box.add(new H4("What AI adds over " + a.name()));
            box.add(figure("Its risk-adjusted NPV", Money.format(a.riskAdjustedNpv(), currency), idPrefix + "-alt-npv"));
            box.add(figure("What AI adds (risk-adjusted NPV)", Money.format(a.incrementalRiskAdjustedNpv(), currency),
                    idPrefix + "-ai-adds"));
            box.add(figure("AI beats it in", share(a.probabilityBeatsAlternative()) + " of simulated outcomes",
                    idPrefix + "-beats"));
            if (a.returnsAsMuch()) {
                var warning = new Span("The non-AI way returns at least as much: the recommendation is capped at revise.");
                warning.addClassName("alternative-warning");
                box.add(warning);
            }
        }
        return box;
    }

    /** "Scored with model v1, method 3": a score stored by an earlier method says what it lacks until re-scored. */
    static String method(ScoreResult r) {
        String lacks = r.method() < 2 ? "value models and the priced alternative"
                : "the operating curve and the value of information";
        return "Scored with model " + r.modelVersion() + ", method " + r.method()
                + (r.method() < ScoreResult.METHOD ? " (before " + lacks + "; re-score to use method "
                + ScoreResult.METHOD + ")" : "") + ".";
    }

    private static Div figure(String label, String value, String id) {
        var l = new Span(label);
        l.addClassName("label");
        var v = new Span(value);
        v.addClassName("value");
        v.setId(id);
        var d = new Div(l, v);
        d.addClassName("figure");
        return d;
    }

    static String share(Double fraction) {
        return fraction == null ? "none" : String.format(Locale.US, "%.1f %%", 100 * fraction);
    }
}
