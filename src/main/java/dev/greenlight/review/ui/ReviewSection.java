package dev.greenlight.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.greenlight.base.ui.Money;
import dev.greenlight.base.ui.TextLimit;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.InvalidAssessmentException;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.Questionnaire;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.VersionMismatchException;
import dev.greenlight.assessment.VersionSummary;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.review.DecisionRecord;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * The review part of the assessment page: the decision or sign-off form for whoever may act, the decisions with
 * their conditions, the comment thread, and the versions and their comparison. It holds no rules:
 * {@link ReviewService#actionsFor} says which forms to show, and the services check everything again.
 */
class ReviewSection extends Composite<Div> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
    private static final List<DecisionType> PM_DECISIONS = List.of(DecisionType.REQUEST_CHANGES, DecisionType.APPROVE,
            DecisionType.APPROVE_WITH_CONDITIONS, DecisionType.REJECT);

    private final AssessmentDetails details;
    private final ReviewService reviews;
    private final AssessmentService assessments;
    private final Runnable reload;

    final RadioButtonGroup<DecisionType> decision = new RadioButtonGroup<>("Decision");
    final TextArea conditions = new TextArea("Conditions (one per line)");
    final TextArea rationale = new TextArea("Rationale");
    final TextArea signOffRationale = new TextArea("Reason (required to refuse)");
    final Select<Questionnaire.Step> commentSection = new Select<>();
    final TextArea commentBody = new TextArea("Comment");

    ReviewSection(AssessmentDetails details, ReviewService reviews, AssessmentService assessments, Runnable reload) {
        this.details = details;
        this.reviews = reviews;
        this.assessments = assessments;
        this.reload = reload;
        var root = getContent();
        root.setId("review-section");
        root.addClassName("review-section");
        var actions = reviews.actionsFor(details);
        var history = reviews.history(details.id());
        root.add(new H3("Review"), status(history.versions()));
        if (actions.decide()) {
            root.add(decisionForm());
        }
        if (actions.signOff()) {
            root.add(signOffForm());
        }
        var buttons = new HorizontalLayout();
        if (actions.archive()) {
            var archive = new Button("Archive", e -> act(() -> reviews.archive(details.id(), details.version()), "Archived"));
            archive.setId("archive");
            buttons.add(archive);
        }
        if (actions.rescore()) {
            var rescore = new Button("Re-score with the current model (" + assessments.modelVersion() + ")",
                    e -> act(() -> assessments.rescore(details.id()), "Re-scored with model " + assessments.modelVersion()));
            rescore.setId("rescore");
            buttons.add(rescore);
        }
        if (buttons.getComponentCount() > 0) {
            root.add(buttons);
        }
        root.add(decisions(history.decisions()), comments(history.comments()), versions(history.versions()));
    }

    private Paragraph status(List<VersionSummary> versions) {
        String text;
        if (versions.isEmpty()) {
            text = "Not submitted yet.";
        } else {
            var last = versions.getLast();
            text = "Version " + last.number() + " submitted by " + last.submittedBy() + " on "
                    + WHEN.format(last.submittedAt().atZone(ZoneId.systemDefault())) + ".";
        }
        if (details.awaitsSignOff()) {
            text += " Approved by a product manager; it counts once leadership signs off (ethics level IV or EU AI Act high-risk).";
        } else if (details.status() == AssessmentStatus.SUBMITTED && reviews.signOffRequired(details.id())) {
            text += " An approval will also need a leadership sign-off (ethics level IV or EU AI Act high-risk).";
        }
        var p = new Paragraph(text);
        p.setId("review-status");
        if (!versions.isEmpty() && versions.getLast().changeNote() != null) {
            var note = new Span("What changed, in the author's words: " + versions.getLast().changeNote());
            note.setId("review-change-note");
            note.addClassName("change-note");
            p.add(new com.vaadin.flow.component.html.Div(note));
        }
        return p;
    }

    private Div decisionForm() {
        decision.setId("decision");
        decision.setItems(PM_DECISIONS);
        decision.setItemLabelGenerator(DecisionType::label);
        conditions.setId("conditions");
        conditions.setWidthFull();
        conditions.setVisible(false);
        rationale.setId("rationale");
        rationale.setWidthFull();
        TextLimit.counted(rationale, ReviewService.TEXT_MAX, rationale.getHelperText());
        var engineConditions = details.scoreResult() == null ? List.<String>of() : details.scoreResult().conditions();
        decision.addValueChangeListener(e -> {
            var type = e.getValue();
            conditions.setVisible(type == DecisionType.APPROVE_WITH_CONDITIONS);
            if (type == DecisionType.APPROVE_WITH_CONDITIONS && conditions.isEmpty()) {
                conditions.setValue(String.join("\n", engineConditions));
            }
            rationale.setLabel(switch (type == null ? DecisionType.APPROVE : type) {
                case REQUEST_CHANGES -> "What to change (required)";
                case REJECT -> "Rationale (required)";
                default -> "Rationale (optional)";
            });
            conditions.setInvalid(false);
            rationale.setInvalid(false);
        });
        var record = new Button("Record decision on version " + details.latestVersion(), e -> recordDecision());
        record.setId("record-decision");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(new H3("Your decision"), decision, conditions, rationale, record);
        form.addClassName("decision-form");
        return form;
    }

    void recordDecision() {
        if (decision.getValue() == null) {
            decision.setInvalid(true);
            decision.setErrorMessage("Choose a decision");
            return;
        }
        var lines = decision.getValue() == DecisionType.APPROVE_WITH_CONDITIONS
                ? Arrays.stream(conditions.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.<String>of();
        submitDecision(new DecisionRequest(decision.getValue(), details.latestVersion(), lines, rationale.getValue()));
    }

    private Div signOffForm() {
        signOffRationale.setId("sign-off-rationale");
        signOffRationale.setWidthFull();
        var approve = new Button("Sign off", e -> submitDecision(new DecisionRequest(DecisionType.SIGN_OFF, details.latestVersion(),
                List.of(), signOffRationale.getValue())));
        approve.setId("sign-off");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var refuse = new Button("Refuse sign-off", e -> submitDecision(new DecisionRequest(DecisionType.REFUSE_SIGN_OFF,
                details.latestVersion(), List.of(), signOffRationale.getValue())));
        refuse.setId("refuse-sign-off");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var form = new Div(new H3("Leadership sign-off"), new Paragraph("A product manager approved version " + details.latestVersion()
                + ". Level IV or high-risk assessments count as approved only after your sign-off."), signOffRationale,
                new HorizontalLayout(approve, refuse));
        form.addClassName("decision-form");
        return form;
    }

    private void submitDecision(DecisionRequest request) {
        try {
            var after = reviews.decide(details.id(), request);
            notify("Decision recorded: " + after.status().label() + (after.awaitsSignOff() ? " (awaits leadership sign-off)" : ""), true);
            reload.run();
        } catch (InvalidAssessmentException e) {
            for (var error : e.errors()) {
                var field = error.path().startsWith("conditions") ? conditions : error.path().equals("rationale")
                        ? (request.decision().isSignOff() ? signOffRationale : rationale) : null;
                if (field != null) {
                    field.setInvalid(true);
                    field.setErrorMessage(error.message());
                } else {
                    notify(error.toString(), false);
                }
            }
        } catch (StaleAssessmentException | VersionMismatchException | Lifecycle.IllegalTransitionException | AccessDeniedException e) {
            notify(e.getMessage(), false);
            reload.run();
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            notify(done, true);
        } catch (StaleAssessmentException | Lifecycle.IllegalTransitionException | AccessDeniedException e) {
            notify(e.getMessage(), false);
        }
        reload.run();
    }

    private Div decisions(List<DecisionRecord> list) {
        var box = new Div(new H3("Decisions"));
        box.setId("decisions");
        box.addClassName("review-block");
        if (list.isEmpty()) {
            box.add(new Paragraph("No decision yet."));
        }
        for (var d : list.reversed()) {
            var item = new Div();
            item.addClassName("decision");
            var head = new Span(d.decision().label() + " · version " + d.version() + " · " + d.decidedBy() + " · "
                    + WHEN.format(d.decidedAt().atZone(ZoneId.systemDefault())));
            head.addClassName("decision-head");
            item.add(head);
            if (!d.conditions().isEmpty()) {
                var ul = new UnorderedList();
                d.conditions().forEach(c -> ul.add(new ListItem(c)));
                item.add(ul);
            }
            if (d.rationale() != null) {
                item.add(new Paragraph(d.rationale()));
            }
            box.add(item);
        }
        return box;
    }

    private Div comments(List<dev.greenlight.review.CommentRecord> list) {
        var box = new Div(new H3("Comments"));
        box.setId("comments");
        box.addClassName("review-block");
        for (var c : list) {
            var item = new Div();
            item.addClassName("comment");
            var head = new Span(c.author() + " · " + WHEN.format(c.createdAt().atZone(ZoneId.systemDefault()))
                    + (c.version() == null ? "" : " · version " + c.version())
                    + (c.section() == null ? "" : " · " + c.section().label()));
            head.addClassName("comment-head");
            var body = new Paragraph(c.body());
            body.addClassName("comment-body");
            item.add(head, body);
            box.add(item);
        }
        commentSection.setId("comment-section");
        commentSection.setLabel("Section (optional)");
        commentSection.setItems(Questionnaire.Step.values());
        commentSection.setItemLabelGenerator(s -> s == null ? "Whole assessment" : s.label());
        commentSection.setEmptySelectionAllowed(true);
        commentSection.setEmptySelectionCaption("Whole assessment");
        commentBody.setId("comment-body");
        commentBody.setWidthFull();
        TextLimit.counted(commentBody, ReviewService.TEXT_MAX, commentBody.getHelperText());
        var add = new Button("Add comment", e -> addComment());
        add.setId("add-comment");
        box.add(commentSection, commentBody, add);
        return box;
    }

    void addComment() {
        try {
            reviews.comment(details.id(), commentSection.getValue(), commentBody.getValue());
            notify("Comment added", true);
            reload.run();
        } catch (InvalidAssessmentException e) {
            commentBody.setInvalid(true);
            commentBody.setErrorMessage(e.errors().getFirst().message());
        }
    }

    private Details versions(List<VersionSummary> versions) {
        var content = new Div();
        content.setId("versions");
        if (versions.isEmpty()) {
            content.add(new Paragraph("A version is frozen each time the assessment is submitted."));
        }
        var ul = new UnorderedList();
        for (var v : versions) {
            ul.add(new ListItem("Version " + v.number() + " · " + v.submittedBy() + " · " + WHEN.format(v.submittedAt().atZone(ZoneId.systemDefault()))
                    + (v.score() == null ? " · not scored" : String.format(Locale.ROOT, " · score %.0f · %s · level %s · %s · model %s",
                    v.score(), recommendation(v.recommendation()), v.ethicsLevel(), tier(v.euAiActTier()), v.modelVersion()))
                    + (v.changeNote() == null ? "" : " · what changed: " + v.changeNote())));
        }
        content.add(ul);
        if (versions.size() >= 2) {
            var from = new Select<Integer>();
            var to = new Select<Integer>();
            var numbers = versions.stream().map(VersionSummary::number).toList();
            from.setLabel("Compare version");
            from.setItems(numbers);
            from.setValue(numbers.get(numbers.size() - 2));
            from.setId("compare-from");
            to.setLabel("with version");
            to.setItems(numbers);
            to.setValue(numbers.getLast());
            to.setId("compare-to");
            var result = new Div();
            result.setId("comparison");
            var compare = new Button("Compare", e -> showComparison(result, from.getValue(), to.getValue()));
            compare.setId("compare");
            content.add(new HorizontalLayout(from, to, compare), result);
            showComparison(result, from.getValue(), to.getValue());
        }
        var box = new Details("Versions (" + versions.size() + ")", content);
        box.setOpened(versions.size() >= 2);
        box.addClassName("review-block");
        return box;
    }

    private void showComparison(Div result, Integer from, Integer to) {
        result.removeAll();
        if (from == null || to == null) {
            return;
        }
        var c = assessments.compare(details.id(), from, to);
        var moves = new UnorderedList();
        moves.setId("comparison-moves");
        moves.add(new ListItem("NPV: " + Money.format(c.fromFigures().npv(), c.currency()) + " → "
                + Money.format(c.toFigures().npv(), c.currency())));
        moves.add(new ListItem("Risk-adjusted NPV: " + Money.format(c.fromFigures().riskAdjustedNpv(), c.currency()) + " → "
                + Money.format(c.toFigures().riskAdjustedNpv(), c.currency())));
        moves.add(new ListItem(c.scoreDelta() == null ? "Score: " + c.from().score() + " → " + c.to().score()
                : String.format(Locale.ROOT, "Score: %.1f → %.1f (%+.1f)", c.from().score(), c.to().score(), c.scoreDelta())));
        moves.add(new ListItem("Recommendation: " + recommendation(c.from().recommendation()) + " → " + recommendation(c.to().recommendation())
                + (c.recommendationChanged() ? "" : " (unchanged)")));
        moves.add(new ListItem("Ethics level: " + c.from().ethicsLevel() + " → " + c.to().ethicsLevel() + (c.levelChanged() ? "" : " (unchanged)")));
        moves.add(new ListItem("EU AI Act tier: " + tier(c.from().euAiActTier()) + " → " + tier(c.to().euAiActTier())
                + (c.tierChanged() ? "" : " (unchanged)")));
        result.add(moves);
        if (c.readable().isEmpty()) {
            result.add(new Paragraph("No answer changed."));
        } else {
            var changes = new UnorderedList();
            changes.addClassName("changes");
            changes.setId("comparison-changes");
            c.readable().forEach(ch -> changes.add(new ListItem(ch.step().label() + " · " + ch)));
            result.add(new Paragraph(c.readable().size() + (c.readable().size() == 1 ? " answer changed:" : " answers changed:")), changes);
        }
    }

    private static String recommendation(Recommendation recommendation) {
        return RecommendationBadge.label(recommendation);
    }

    private static String tier(EuAiActTier tier) {
        return tier == null ? "—" : tier.label();
    }

    private static void notify(String message, boolean success) {
        Notification.show(message, success ? 3000 : 6000, success ? Notification.Position.BOTTOM_START : Notification.Position.MIDDLE)
                .addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
