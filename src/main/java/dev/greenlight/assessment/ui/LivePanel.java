package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.scoring.ScoreResult;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The live score beside every step: the score the last save computed, or what the answers still need for one. */
class LivePanel extends Composite<Div> {

    private ScoreResult shown;
    private List<FieldError> shownMissing;

    LivePanel() {
        getContent().setId("live-panel");
        getContent().addClassName("live-panel");
    }

    /** Draws the panel, unless it already shows this: a change that saved nothing leaves the charts as they are. */
    void show(Optional<ScoreResult> score, List<FieldError> missingForScore,
              java.util.function.Function<ScoreResult, List<com.vaadin.flow.component.Component>> notes) {
        if (shownMissing != null && Objects.equals(shown, score.orElse(null)) && shownMissing.equals(missingForScore)) {
            return;
        }
        shown = score.orElse(null);
        shownMissing = missingForScore;
        var live = getContent();
        live.removeAll();
        live.add(new H3("Live score"));
        if (score.isEmpty()) {
            var missing = new UnorderedList();
            missingForScore.forEach(m -> missing.add(new ListItem(m.message())));
            live.add(new Paragraph("The score appears once the ROI section has what it needs:"), missing);
            return;
        }
        var r = score.get();
        var number = RecommendationBadge.score(r.score(), r.recommendation(), "live-score");
        live.add(new Div(number, RecommendationBadge.of(r.recommendation())));
        var subs = new Div(ScorePanel.subscore("Value", r.subscores().value()), ScorePanel.subscore("Confidence", r.subscores().confidence()),
                ScorePanel.subscore("Readiness", r.subscores().readiness()), ScorePanel.subscore("Ethics", r.subscores().ethics()));
        subs.addClassName("subscores");
        live.add(subs);
        var ethics = new Paragraph("Ethical risk level " + r.ethics().level().name() + " (" + r.ethics().level().label() + "), EU AI Act: "
                + r.ethics().euAiActTier().label()
                + (r.ethics().toLowerLevel().isEmpty() ? "" : ". To lower the level: "
                + String.join(", ", r.ethics().toLowerLevel().stream().map(Questionnaire::humanise).toList())));
        ethics.setId("live-ethics");
        live.add(ethics);
        notes.apply(r).forEach(live::add);
        live.add(ValueFigures.of(r, "live"));
        var top = new UnorderedList();
        top.addClassName("explanation");
        r.explanation().stream().limit(3).forEach(line -> top.add(new ListItem(line)));
        live.add(top, ScoreCharts.histogram(r.financials()), ScoreCharts.tornado(r.financials()));
    }
}
