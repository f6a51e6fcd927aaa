package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.html.Span;
import dev.greenlight.scoring.Recommendation;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** A recommendation as a coloured badge, and its label as people read it ("Go with conditions"). */
@NamedInterface("ui")
public final class RecommendationBadge {

    private RecommendationBadge() {
    }

    public static Span of(Recommendation recommendation) {
        if (recommendation == null) {
            var none = new Span("Not scored yet");
            none.addClassNames("badge", "rec-none");
            return none;
        }
        var badge = new Span(label(recommendation));
        badge.addClassNames("badge", "rec-" + slug(recommendation));
        return badge;
    }

    /** A big score number in its recommendation's colour: a 64 that means "revise" is not shown in go-green. */
    public static Span score(double score, Recommendation recommendation, String elementId) {
        var number = new Span(String.format(Locale.US, "%.0f", score));
        number.addClassNames("score-number", "score-" + slug(recommendation));
        number.setId(elementId);
        return number;
    }

    private static String slug(Recommendation recommendation) {
        return recommendation.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The label, or "—" when there is no recommendation yet. */
    public static String label(Recommendation recommendation) {
        if (recommendation == null) {
            return "—";
        }
        return recommendation.heading();
    }
}
