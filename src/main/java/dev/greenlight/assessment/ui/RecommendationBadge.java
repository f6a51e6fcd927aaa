package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

@NamedInterface("ui")
public final class RecommendationBadge {

    private RecommendationBadge() {
    }

    public static Span of(String recommendation) {
        if (recommendation == null) {
            var none = new Span("Not scored yet");
            none.addClassNames("badge", "rec-none");
            return none;
        }
        var badge = new Span(label(recommendation));
        badge.addClassNames("badge", "rec-" + recommendation.toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    public static String label(String recommendation) {
        return switch (recommendation) {
            case "GO" -> "Go";
            case "GO_WITH_CONDITIONS" -> "Go with conditions";
            case "REVISE" -> "Revise";
            case "NO_GO" -> "No-go";
            default -> recommendation;
        };
    }
}
