package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.greenlight.base.ui.Money;
import dev.greenlight.scoring.ScoreResult;
import java.util.Locale;
import java.util.Optional;

/**
 * The live score in one line, for tablets and phones where the live panel does not fit beside the form: score,
 * recommendation and risk-adjusted NPV stay in view at the bottom, and a tap opens the whole panel. On wide screens
 * the style sheet hides it.
 */
class LiveSummary extends Composite<Div> {

    private final Span figures = new Span();
    private final Button toggle;
    private boolean open;

    LiveSummary(Div body) {
        var bar = getContent();
        bar.setId("live-summary");
        bar.addClassName("live-summary");
        figures.setId("live-summary-figures");
        toggle = new Button("Show the live score", e -> {
            open = !open;
            body.setClassName("live-open", open);
            e.getSource().setText(open ? "Hide the live score" : "Show the live score");
        });
        toggle.setId("live-summary-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        bar.add(figures, toggle);
    }

    void show(Optional<ScoreResult> score) {
        figures.removeAll();
        if (score.isEmpty()) {
            figures.setText("Not scored yet");
            return;
        }
        var r = score.get();
        var number = new Span(String.format(Locale.US, "%.0f", r.score()));
        number.addClassNames("summary-score", "score-" + r.recommendation().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        figures.add(number, RecommendationBadge.of(r.recommendation()),
                new Span("Risk-adjusted NPV " + Money.format(r.financials().riskAdjustedNpv(), r.financials().currency())));
    }
}
