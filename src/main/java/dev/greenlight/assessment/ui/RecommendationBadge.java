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
        badge.addClassNames("badge", "rec-" + recommendation.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** The label, or "—" when there is no recommendation yet. */
    public static String label(Recommendation recommendation) {
        if (recommendation == null) {
            return "—";
        }
        var words = recommendation.label();
        return recommendation == Recommendation.NO_GO ? "No-go" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
