package dev.greenlight.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.ui.ScoreNote;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.VersionMismatchException;
import dev.greenlight.assessment.VersionSummary;
import dev.greenlight.base.ui.TextLimit;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.review.DecisionRecord;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserDirectory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
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
    private final UserDirectory names;
    private final Runnable reload;
    /** The conditions of the approval that waits for a sign-off: what leadership confirms. */
    private final List<String> pendingConditions;

    final RadioButtonGroup<DecisionType> decision = new RadioButtonGroup<>("Decision");
    final TextArea conditions = new TextArea("Conditions (one per line)");
    final TextArea rationale = new TextArea("Rationale");
    final TextArea signOffRationale = new TextArea("Reason");
    final Select<Questionnaire.Step> commentSection = new Select<>();
    final TextArea commentBody = new TextArea("Comment");

    /** What other features say beside the score (the outside view); a note's condition can be added to the approval. */
    private final List<ScoreNote.Note> notes;

    ReviewSection(AssessmentDetails details, ReviewService reviews, AssessmentService assessments, UserDirectory names,
                  Runnable reload, List<ScoreNote.Note> notes) {
        this.notes = List.copyOf(notes);
        this.details = details;
        this.reviews = reviews;
        this.assessments = assessments;
        this.names = names;
        this.reload = reload;
        var root = getContent();
        root.setId("review-section");
        root.addClassName("review-section");
        var actions = reviews.actionsFor(details);
        var history = reviews.history(details.id());
        pendingConditions = history.decisions().stream().filter(d -> !d.decision().isSignOff()).reduce((a, b) -> b)
                .map(DecisionRecord::conditions).orElse(List.of());
        root.add(new H3("Review"), status(history.versions()));
        for (var note : this.notes) {
            var p = new Paragraph(note.sentence());
            p.setId("review-note-" + note.key());
            p.addClassName("score-note");
            root.add(p);
        }
        if (actions.decide()) {
            root.add(decisionForm());
        }
        if (actions.signOff()) {
            root.add(signOffForm());
        }
        var buttons = new HorizontalLayout();
        if (actions.archive()) {
            var archive = new Button("Archive", e -> ReviewConfirmations.archive(details,
                    () -> act(() -> reviews.archive(details.id(), details.version()), "Archived")).open());
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
        root.add(decisions(history.decisions()), comments(history.comments()),
                VersionsPanel.of(details.id(), history.versions(), assessments, names));
    }

    private Paragraph status(List<VersionSummary> versions) {
        String text;
        if (versions.isEmpty()) {
            text = "Not submitted yet.";
        } else {
            var last = versions.getLast();
            text = "Version " + last.number() + " submitted by " + names.displayName(last.submittedBy()) + " on "
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
            p.add(new Div(note));
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
        rationale.setRequiredIndicatorVisible(true);
        TextLimit.counted(rationale, ReviewService.TEXT_MAX, rationale.getHelperText());
        var engineConditions = details.scoreResult() == null ? List.<String>of() : details.scoreResult().conditions();
        conditions.setHelperText(engineConditions.isEmpty()
                ? "Greenlight requires none for this score: write the conditions you set, one per line."
                : "Pre-filled with the controls Greenlight requires for this score: edit or add, one per line.");
        decision.addValueChangeListener(e -> {
            var type = e.getValue();
            conditions.setVisible(type == DecisionType.APPROVE_WITH_CONDITIONS);
            if (type == DecisionType.APPROVE_WITH_CONDITIONS && conditions.isEmpty()) {
                conditions.setValue(String.join("\n", engineConditions));
            }
            rationale.setLabel(type == DecisionType.REQUEST_CHANGES ? "What to change" : "Rationale");
            conditions.setInvalid(false);
            rationale.setInvalid(false);
        });
        var record = new Button("Record decision on version " + details.latestVersion(), e -> recordDecision());
        record.setId("record-decision");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(new H3("Your decision"), decision, conditions);
        for (var note : notes) {
            if (note.condition() != null) {
                var add = new Button("Add the " + note.key().replace('-', ' ') + " as a condition", e -> {
                    var lines = conditions.getValue().isBlank() ? "" : conditions.getValue().stripTrailing() + "\n";
                    if (!conditions.getValue().contains(note.condition())) {
                        conditions.setValue(lines + note.condition());
                    }
                });
                add.setId("add-condition-" + note.key());
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add.setVisible(false);
                decision.addValueChangeListener(e -> add.setVisible(e.getValue() == DecisionType.APPROVE_WITH_CONDITIONS));
                form.add(add);
            }
        }
        form.add(rationale, record);
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
        signOffRationale.setRequiredIndicatorVisible(true);
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

    /** Checks the decision as the service will, shows what is wrong under its field, else asks to confirm it. */
    private void submitDecision(DecisionRequest request) {
        conditions.setInvalid(false);
        rationale.setInvalid(false);
        signOffRationale.setInvalid(false);
        var problems = reviews.problems(request);
        if (!problems.isEmpty()) {
            show(request, problems);
            return;
        }
        var binding = request.decision() == DecisionType.SIGN_OFF ? pendingConditions : request.conditions();
        ReviewConfirmations.decision(details, request, binding, () -> record(request)).open();
    }

    private void record(DecisionRequest request) {
        try {
            var after = reviews.decide(details.id(), request);
            notify("Decision recorded: " + after.status().label() + (after.awaitsSignOff() ? " (awaits leadership sign-off)" : ""), true);
            reload.run();
        } catch (InvalidAssessmentException e) {
            show(request, e.errors());
        } catch (StaleAssessmentException | VersionMismatchException | Lifecycle.IllegalTransitionException | AccessDeniedException e) {
            notify(e.getMessage(), false);
            reload.run();
        }
    }

    private void show(DecisionRequest request, List<FieldError> errors) {
        for (var error : errors) {
            var field = error.path().startsWith("conditions") ? conditions : error.path().equals("rationale")
                    ? (request.decision().isSignOff() ? signOffRationale : rationale) : null;
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(error.message());
            } else {
                notify(error.toString(), false);
            }
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
            var head = new Span(d.decision().label() + " · version " + d.version() + " · " + names.displayName(d.decidedBy()) + " · "
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
            var head = new Span(names.displayName(c.author()) + " · " + WHEN.format(c.createdAt().atZone(ZoneId.systemDefault()))
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

    private static void notify(String message, boolean success) {
        Notification.show(message, success ? 3000 : 6000, success ? Notification.Position.BOTTOM_START : Notification.Position.MIDDLE)
                .addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
