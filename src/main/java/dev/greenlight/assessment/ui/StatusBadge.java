package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.html.Span;
import dev.greenlight.assessment.AssessmentStatus;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

@NamedInterface("ui")
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(AssessmentStatus status) {
        var badge = new Span(status.label());
        badge.addClassNames("badge", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
