package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.base.ui.Money;
import dev.greenlight.document.FieldError;
import dev.greenlight.scoring.ScoreResult;
import java.util.List;
import java.util.Locale;

/** The score, what drives it, the figures behind it and the business case, as stored with the answers. */
class ScorePanel extends Composite<Section> {

    /** {@code notes}: what other features say beside the score (the outside view), shown under the headline. */
    ScorePanel(AssessmentDetails details, List<com.vaadin.flow.component.Component> notes) {
        var section = getContent();
        section.addClassNames("answer-section", "section-score");
        section.setId("score-panel");
        section.add(new H3("Greenlight score"));
        if (details.scoreResult() == null) {
            section.add(notScored(details.missingForScore()));
            return;
        }
        var r = details.scoreResult();
        var number = RecommendationBadge.score(r.score(), r.recommendation(), "score");
        var headline = new Div(number, RecommendationBadge.of(r.recommendation()));
        headline.addClassName("score-headline");
        var subscores = new Div(
                subscore("Value", r.subscores().value()),
                subscore("Confidence", r.subscores().confidence()),
                subscore("Readiness", r.subscores().readiness()),
                subscore("Ethics", r.subscores().ethics()));
        subscores.addClassName("subscores");
        var top = new Div(headline, subscores);
        top.addClassName("score-panel");
        section.add(top);
        notes.forEach(section::add);

        var businessCase = new Paragraph(r.businessCase());
        businessCase.addClassName("business-case");
        businessCase.setId("business-case");
        section.add(businessCase);
        section.add(figures(r));
        section.add(ValueFigures.of(r, "score"));
        var charts = new Div(ScoreCharts.histogram(r.financials()), ScoreCharts.tornado(r.financials()));
        charts.addClassName("score-charts");
        charts.setId("score-charts");
        section.add(charts);
        var euAiAct = new EuAiActPanel("score-eu-ai-act");
        euAiAct.show(r.ethics().euAiAct());
        section.add(euAiAct);
        if (!r.conditions().isEmpty()) {
            section.add(new H3("Conditions that apply"), list(r.conditions(), "conditions"));
        }
        section.add(new H3("Why this score"), list(r.explanation(), "explanation"));
        var model = new Paragraph(ValueFigures.method(r));
        model.setId("score-method");
        model.addClassName("hint");
        section.add(model);
    }

    private static Div notScored(List<FieldError> missing) {
        var box = new Div(new Paragraph("Not scored yet. Greenlight scores an assessment once its ROI section has what it needs:"));
        box.add(list(missing.stream().map(FieldError::message).map(ScorePanel::capitalise).toList(), "missing"));
        box.addClassName("not-scored");
        return box;
    }

    private static Div figures(ScoreResult r) {
        var f = r.financials();
        var mc = f.monteCarlo();
        var e = r.ethics();
        var box = new Div(
                // the figure that allows for the model failing comes first, as in the business case
                figure("Risk-adjusted NPV", Money.format(f.riskAdjustedNpv(), f.currency())),
                figure("NPV if the model works", Money.format(f.npv(), f.currency())),
                figure("IRR", f.irr() == null ? "none" : percent(f.irr())),
                figure("Payback", f.paybackMonths() == null ? "not within horizon" : String.format(Locale.US, "%.1f months", f.paybackMonths())),
                figure("Chance NPV > 0", percent(mc.probabilityNpvPositive())),
                figure("NPV in 8 of 10 simulated outcomes", Money.format(mc.p10(), f.currency()) + " – " + Money.format(mc.p90(), f.currency())),
                figure("Ethical risk", "Level " + e.level().name() + " (" + e.level().label() + ")"),
                figure("EU AI Act", humanise(e.euAiActTier().label()) + (e.articles().isEmpty() ? "" : " · " + String.join(", ", e.articles()))));
        box.addClassName("figures");
        return box;
    }

    private static Div figure(String label, String value) {
        var l = new Span(label);
        l.addClassName("label");
        var v = new Span(value);
        v.addClassName("value");
        var d = new Div(l, v);
        d.addClassName("figure");
        return d;
    }

    static Div subscore(String label, double value) {
        var l = new Span(label);
        l.addClassName("label");
        var v = new Span(String.format(Locale.US, "%.0f", value));
        v.addClassName("value");
        var d = new Div(l, v);
        d.addClassName("subscore");
        return d;
    }

    private static UnorderedList list(List<String> lines, String id) {
        var ul = new UnorderedList();
        ul.setId(id);
        ul.addClassName(id);
        lines.forEach(line -> ul.add(new ListItem(line)));
        return ul;
    }

    private static String percent(double fraction) {
        return String.format(Locale.US, "%.1f %%", 100 * fraction);
    }

    private static String humanise(String code) {
        return AssessmentSections.humanise(code);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
