package dev.greenlight.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.ui.WizardStepNote;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserDirectory;
import java.util.Optional;

/**
 * The reviewers' feedback inside the guided form: while changes are requested, what was asked for on every step, and
 * on each step the comments pinned to it (comments on the whole assessment on the first step).
 */
@org.springframework.stereotype.Component
class ReviewFeedbackNotes implements WizardStepNote {

    private final ReviewService reviews;
    private final UserDirectory names;

    ReviewFeedbackNotes(ReviewService reviews, UserDirectory names) {
        this.reviews = reviews;
        this.names = names;
    }

    @Override
    public Optional<Component> render(AssessmentDetails details, Questionnaire.Step step) {
        if (details.latestVersion() == 0 || step == Questionnaire.Step.REVIEW) {
            return Optional.empty();
        }
        var history = reviews.history(details.id());
        var box = new Div();
        box.addClassName("step-feedback");
        box.setId("feedback-" + step.name().toLowerCase(java.util.Locale.ROOT));
        if (details.status() == AssessmentStatus.CHANGES_REQUESTED) {
            history.decisions().stream().filter(d -> d.decision() == DecisionType.REQUEST_CHANGES).reduce((a, b) -> b)
                    .ifPresent(d -> box.add(new Paragraph(bold("Changes requested on version " + d.version() + " by "
                            + names.displayName(d.decidedBy()) + ": "), new com.vaadin.flow.component.html.Span(d.rationale() == null ? "(no reason given)" : d.rationale()))));
        }
        var comments = new UnorderedList();
        history.comments().stream()
                .filter(c -> c.section() == step || c.section() == null && step == Questionnaire.Step.PROBLEM)
                .forEach(c -> comments.add(new ListItem(names.displayName(c.author()) + (c.version() == null ? "" : " on version " + c.version())
                        + (c.section() == null ? " (whole assessment)" : "") + ": " + c.body())));
        if (comments.getChildren().findAny().isPresent()) {
            box.add(new Paragraph(bold("Comments on " + step.label().toLowerCase(java.util.Locale.ROOT) + ":")), comments);
        }
        return box.getChildren().findAny().isPresent() ? Optional.of(box) : Optional.empty();
    }

    private static com.vaadin.flow.component.html.Span bold(String words) {
        var span = new com.vaadin.flow.component.html.Span(words);
        span.getStyle().set("font-weight", "600");
        return span;
    }
}
