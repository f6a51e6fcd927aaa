package dev.greenlight.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.ui.AssessmentPageSection;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.base.ui.Money;
import dev.greenlight.base.ui.TextLimit;
import dev.greenlight.document.Completeness;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.review.ReviewService;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Submit for review" ("Resubmit" after a first submission) for the author while the assessment may change, on the
 * page and on the guided form's review step. It always asks first: an incomplete assessment gets the list of what is
 * missing instead of a submission; a complete one a confirmation naming the score, recommendation and conditions
 * being handed over, and on a resubmission the question "what did you change?", which the reviewer then reads.
 */
record SubmitButton(ReviewService reviews, AssessmentPageSection.Slot slot, int order, String elementId)
        implements AssessmentPageSection {

    @Override
    public boolean visibleTo(AssessmentDetails details) {
        return details.editableByCaller();
    }

    @Override
    public Component render(AssessmentDetails details, Runnable changed) {
        boolean resubmission = details.latestVersion() > 0;
        var submit = new Button(resubmission ? "Resubmit for review" : "Submit for review");
        submit.setId(elementId);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            var missing = Completeness.missing(details.document());
            if (missing.isEmpty()) {
                confirm(details, changed, resubmission);
            } else {
                notReady(missing);
            }
        });
        return submit;
    }

    private static void notReady(java.util.List<dev.greenlight.document.FieldError> missing) {
        var list = new UnorderedList();
        missing.forEach(m -> list.add(new ListItem(Questionnaire.stepOf(m.path()).label() + ": " + m.message())));
        var dialog = new ConfirmDialog();
        dialog.setId("submit-not-ready");
        dialog.setHeader("Not ready to submit");
        dialog.setText(new Div(new Paragraph("Product managers decide on complete assessments. Still to answer ("
                + missing.size() + "):"), list));
        dialog.setConfirmText("Keep working");
        dialog.open();
    }

    private void confirm(AssessmentDetails details, Runnable changed, boolean resubmission) {
        var content = new Div(new Paragraph(what(details)));
        var r = details.scoreResult();
        if (r != null && !r.conditions().isEmpty()) {
            var conditions = new UnorderedList();
            r.conditions().forEach(c -> conditions.add(new ListItem(c)));
            content.add(new Paragraph("Conditions that would apply:"), conditions);
        }
        content.add(new Paragraph("You can't edit it unless a product manager requests changes."));
        var changes = new TextArea("What did you change since version " + details.latestVersion() + "?");
        changes.setId("submit-changes");
        changes.setWidthFull();
        TextLimit.counted(changes, ReviewService.TEXT_MAX, "The reviewer reads this first.");
        if (resubmission) {
            content.add(changes);
        }
        var dialog = new ConfirmDialog();
        dialog.setId("submit-confirm");
        dialog.setHeader(resubmission ? "Resubmit for review?" : "Submit for review?");
        dialog.setText(content);
        dialog.setCancelable(true);
        dialog.setConfirmText(resubmission ? "Resubmit" : "Submit");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(ok -> submit(details, changed, resubmission ? changes.getValue() : null, dialog, changes));
        dialog.open();
    }

    /** "Card fraud early warning, score 72 (Go with conditions), risk-adjusted NPV 2,405,992 USD." */
    private static String what(AssessmentDetails details) {
        var r = details.scoreResult();
        var title = "\u201C" + details.document().title() + "\u201D";
        if (r == null) {
            return title + ", not scored.";
        }
        return title + String.format(Locale.US, ", score %.0f (%s), risk-adjusted NPV %s.", r.score(),
                RecommendationBadge.label(r.recommendation()), Money.format(r.financials().riskAdjustedNpv(), r.financials().currency()));
    }

    private void submit(AssessmentDetails details, Runnable changed, String note, ConfirmDialog dialog, TextArea changes) {
        try {
            reviews.submit(details.id(), details.version(), note);
            Notification.show("Submitted for review", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (InvalidAssessmentException e) {
            var message = e.errors().stream().map(f -> f.path().equals("changes") ? f.message() : f.path() + " " + f.message())
                    .reduce((a, b) -> a + "; " + b).orElse("not submitted");
            changes.setErrorMessage(message);
            changes.setInvalid(true);
            // the confirmation closes on confirm: show it again with the reason, the typed note kept
            dialog.open();
        } catch (StaleAssessmentException | AccessDeniedException | Lifecycle.IllegalTransitionException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            changed.run();
        }
    }
}
