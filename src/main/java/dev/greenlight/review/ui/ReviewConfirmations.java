package dev.greenlight.review.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.base.ui.Money;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import java.util.List;
import java.util.Locale;

/**
 * The questions asked before a review move is recorded (issue 16 item 1). An approval or a sign-off names what is
 * being approved — title, version, score, recommendation, risk-adjusted NPV and the conditions — so nobody approves
 * something other than what they think; a rejection, a request for changes or a refusal says briefly what the author
 * will read; archiving names the assessment. Cancelling records nothing. The same pattern as {@link SubmitButton}.
 */
final class ReviewConfirmations {

    static final String DECISION_ID = "decision-confirm";
    static final String ARCHIVE_ID = "archive-confirm";

    private ReviewConfirmations() {
    }

    /**
     * Asks before {@code request} is recorded; {@code conditions} are those that will bind the project (the request's
     * own, or for a sign-off those of the approval that waits).
     */
    static ConfirmDialog decision(AssessmentDetails details, DecisionRequest request, List<String> conditions, Runnable record) {
        var type = request.decision();
        var content = new Div();
        if (approves(type)) {
            content.add(new Paragraph(what(details, request.version())));
            if (conditions.isEmpty()) {
                content.add(new Paragraph("No conditions."));
            } else {
                var list = new UnorderedList();
                list.setId("decision-confirm-conditions");
                conditions.forEach(c -> list.add(new ListItem(c)));
                content.add(new Paragraph("Conditions (" + conditions.size() + "):"), list);
            }
        } else {
            content.add(new Paragraph(title(details) + ", version " + request.version() + "."));
        }
        content.add(new Paragraph((type == DecisionType.REQUEST_CHANGES ? "What to change: " : "Your rationale: ")
                + request.rationale().strip()));
        content.add(new Paragraph(type == DecisionType.REQUEST_CHANGES
                ? "The author can edit and resubmit it."
                : "The decision is recorded under your name and can't be changed afterwards."));
        var dialog = new ConfirmDialog();
        dialog.setId(DECISION_ID);
        dialog.setHeader(header(type, request.version()));
        dialog.setText(content);
        dialog.setCancelable(true);
        dialog.setCloseOnEsc(true);
        dialog.setConfirmText(confirmText(type));
        if (type == DecisionType.REJECT || type == DecisionType.REFUSE_SIGN_OFF) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> record.run());
        return dialog;
    }

    /** Asks before the assessment is archived, naming it and its status. */
    static ConfirmDialog archive(AssessmentDetails details, Runnable archive) {
        var dialog = new ConfirmDialog();
        dialog.setId(ARCHIVE_ID);
        dialog.setHeader("Archive " + title(details) + "?");
        dialog.setText(new Div(new Paragraph(title(details) + " (" + details.status().label().toLowerCase(Locale.ROOT)
                + (details.latestVersion() == 0 ? "" : ", version " + details.latestVersion()) + ") leaves the active lists. "
                + "Its versions, decisions and audit trail are kept; an archived assessment can't be reopened.")));
        dialog.setCancelable(true);
        dialog.setCloseOnEsc(true);
        dialog.setConfirmText("Archive");
        dialog.addConfirmListener(e -> archive.run());
        return dialog;
    }

    private static boolean approves(DecisionType type) {
        return type == DecisionType.APPROVE || type == DecisionType.APPROVE_WITH_CONDITIONS || type == DecisionType.SIGN_OFF;
    }

    /** "“Card fraud early warning”, version 2: score 72 (Go with conditions), risk-adjusted NPV 2,405,992 USD." */
    static String what(AssessmentDetails details, int version) {
        var r = details.scoreResult();
        var named = title(details) + ", version " + version;
        if (r == null) {
            return named + ", not scored.";
        }
        return named + String.format(Locale.US, ": score %.0f (%s), risk-adjusted NPV %s.", r.score(),
                RecommendationBadge.label(r.recommendation()), Money.format(r.financials().riskAdjustedNpv(), r.financials().currency()));
    }

    private static String title(AssessmentDetails details) {
        return "\u201C" + details.document().title() + "\u201D";
    }

    private static String header(DecisionType type, int version) {
        return switch (type) {
            case APPROVE -> "Approve version " + version + "?";
            case APPROVE_WITH_CONDITIONS -> "Approve version " + version + " with conditions?";
            case SIGN_OFF -> "Sign off version " + version + "?";
            case REJECT -> "Reject version " + version + "?";
            case REQUEST_CHANGES -> "Request changes to version " + version + "?";
            case REFUSE_SIGN_OFF -> "Refuse the sign-off of version " + version + "?";
        };
    }

    private static String confirmText(DecisionType type) {
        return switch (type) {
            case APPROVE -> "Approve";
            case APPROVE_WITH_CONDITIONS -> "Approve with conditions";
            case SIGN_OFF -> "Sign off";
            case REJECT -> "Reject";
            case REQUEST_CHANGES -> "Request changes";
            case REFUSE_SIGN_OFF -> "Refuse sign-off";
        };
    }
}
