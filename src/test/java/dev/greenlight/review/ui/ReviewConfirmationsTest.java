package dev.greenlight.review.ui;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.base.ui.Money;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every review move asks first (issue 16 item 1): an approval names what is approved, a rejection what the author will
 * read, archiving the assessment. Cancelling records nothing; confirming records. People are named by display name.
 */
@ViewTest
class ReviewConfirmationsTest extends ViewTestCase {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;

    private long submitted(AssessmentDocument document) {
        return engineer(() -> {
            var created = assessments.create(document);
            return reviews.submit(created.id(), created.version()).id();
        });
    }

    private void open(long id) {
        UI.getCurrent().navigate("assessment/" + id);
    }

    @SuppressWarnings("unchecked")
    private void choose(DecisionType type) {
        test((RadioButtonGroup<DecisionType>) $(RadioButtonGroup.class).id("decision")).selectItem(type.label());
    }

    private ConfirmDialog confirmation(String id) {
        var open = $(ConfirmDialog.class).all().stream().filter(d -> id.equals(d.getId().orElse(null)) && d.isOpened()).toList();
        assertThat(open).as("one open confirmation " + id).hasSize(1);
        return open.getFirst();
    }

    private boolean anyOpen(String id) {
        return $(ConfirmDialog.class).all().stream().anyMatch(d -> id.equals(d.getId().orElse(null)) && d.isOpened());
    }

    private List<String> decisionsRecorded(long id) {
        return pm(() -> reviews.history(id)).decisions().stream().map(d -> d.decision().name()).toList();
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void an_approval_without_a_rationale_is_refused_under_the_field_and_never_asks() {
        long id = submitted(SampleDocuments.maintenance("Approval needs a reason"));
        open(id);
        choose(DecisionType.APPROVE);
        var rationale = $(TextArea.class).id("rationale");
        assertThat(rationale.isRequiredIndicatorVisible()).isTrue();
        test($(Button.class).id("record-decision")).click();
        assertThat(rationale.isInvalid()).isTrue();
        assertThat(rationale.getErrorMessage()).isEqualTo("is required: say why you approve");
        assertThat(anyOpen(ReviewConfirmations.DECISION_ID)).isFalse();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void an_approval_names_title_version_score_recommendation_and_value_and_cancel_records_nothing() {
        long id = submitted(SampleDocuments.maintenance("Spindle wear forecast"));
        var r = assessments.get(id).scoreResult();
        open(id);
        choose(DecisionType.APPROVE);
        test($(TextArea.class).id("rationale")).setValue("Downtime savings are evidenced by last year's logs");
        test($(Button.class).id("record-decision")).click();

        var dialog = confirmation(ReviewConfirmations.DECISION_ID);
        var text = dialog.getElement().getTextRecursively();
        assertThat(test(dialog).getHeader()).isEqualTo("Approve version 1?");
        assertThat(text).contains("\u201CSpindle wear forecast\u201D, version 1")
                .contains(String.format(java.util.Locale.US, "score %.0f", r.score()))
                .contains(RecommendationBadge.label(r.recommendation()))
                .contains("risk-adjusted NPV " + Money.format(r.financials().riskAdjustedNpv(), r.financials().currency()))
                .contains("No conditions.")
                .contains("Downtime savings are evidenced");
        test(dialog).cancel();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(decisionsRecorded(id)).isEmpty();

        test($(Button.class).id("record-decision")).click();
        test(confirmation(ReviewConfirmations.DECISION_ID)).confirm();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(decisionsRecorded(id)).containsExactly("APPROVE");
        assertThat($(Div.class).id("decisions").getElement().getTextRecursively())
                .contains("Approved · version 1 · Pat Product").contains("Downtime savings are evidenced");
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void an_approval_with_conditions_lists_the_conditions_it_binds() {
        long id = submitted(SampleDocuments.maintenance("Conditional spindle forecast"));
        open(id);
        choose(DecisionType.APPROVE_WITH_CONDITIONS);
        var required = assessments.get(id).scoreResult().conditions();
        assertThat($(TextArea.class).id("conditions").getHelperText()).as("says where the pre-filled conditions come from")
                .startsWith(required.isEmpty() ? "Greenlight requires none for this score" : "Pre-filled with the controls Greenlight requires");
        test($(TextArea.class).id("conditions")).setValue("Monitor false alarms monthly\nReview after six months");
        test($(TextArea.class).id("rationale")).setValue("Good case once alarms are watched");
        test($(Button.class).id("record-decision")).click();

        var dialog = confirmation(ReviewConfirmations.DECISION_ID);
        assertThat(test(dialog).getHeader()).isEqualTo("Approve version 1 with conditions?");
        var list = dialog.getChildren().flatMap(c -> c.getChildren()).filter(UnorderedList.class::isInstance).findFirst()
                .map(UnorderedList.class::cast).orElseThrow();
        assertThat(list.getChildren().map(li -> li.getElement().getText()))
                .containsExactly("Monitor false alarms monthly", "Review after six months");
        assertThat(dialog.getElement().getTextRecursively()).contains("Conditions (2):");
        test(dialog).cancel();
        assertThat(decisionsRecorded(id)).isEmpty();

        test($(Button.class).id("record-decision")).click();
        test(confirmation(ReviewConfirmations.DECISION_ID)).confirm();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS);
        assertThat(pm(() -> reviews.history(id)).decisions().getFirst().conditions())
                .containsExactly("Monitor false alarms monthly", "Review after six months");
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void a_rejection_confirms_with_what_the_author_will_read() {
        long id = submitted(SampleDocuments.maintenance("Rejected spindle forecast"));
        open(id);
        choose(DecisionType.REJECT);
        test($(TextArea.class).id("rationale")).setValue("The sensors it needs are not installed");
        test($(Button.class).id("record-decision")).click();
        var dialog = confirmation(ReviewConfirmations.DECISION_ID);
        assertThat(test(dialog).getHeader()).isEqualTo("Reject version 1?");
        assertThat(dialog.getElement().getTextRecursively()).contains("\u201CRejected spindle forecast\u201D, version 1.")
                .contains("Your rationale: The sensors it needs are not installed").doesNotContain("risk-adjusted NPV");
        test(dialog).cancel();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);

        test($(Button.class).id("record-decision")).click();
        test(confirmation(ReviewConfirmations.DECISION_ID)).confirm();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.REJECTED);
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void a_request_for_changes_confirms_and_then_records() {
        long id = submitted(SampleDocuments.maintenance("Spindle forecast to rework"));
        open(id);
        choose(DecisionType.REQUEST_CHANGES);
        test($(TextArea.class).id("rationale")).setValue("Name a sponsor");
        test($(Button.class).id("record-decision")).click();
        var dialog = confirmation(ReviewConfirmations.DECISION_ID);
        assertThat(dialog.getElement().getTextRecursively()).contains("What to change: Name a sponsor");
        test(dialog).cancel();
        assertThat(decisionsRecorded(id)).isEmpty();
        test($(Button.class).id("record-decision")).click();
        test(confirmation(ReviewConfirmations.DECISION_ID)).confirm();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.CHANGES_REQUESTED);
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void a_sign_off_names_the_conditions_of_the_approval_it_confirms() {
        long id = submitted(SampleDocuments.highRisk("Screening to sign off"));
        pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE_WITH_CONDITIONS, 1, List.of("Quarterly bias audit"),
                "Worth it with a quarterly bias audit")));
        open(id);
        test($(Button.class).id("sign-off")).click();
        var reason = $(TextArea.class).id("sign-off-rationale");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("is required: say why you sign off");
        assertThat(anyOpen(ReviewConfirmations.DECISION_ID)).isFalse();

        test(reason).setValue("Risk understood; audit owner named");
        test($(Button.class).id("sign-off")).click();
        var dialog = confirmation(ReviewConfirmations.DECISION_ID);
        assertThat(test(dialog).getHeader()).isEqualTo("Sign off version 1?");
        assertThat(dialog.getElement().getTextRecursively()).contains("\u201CScreening to sign off\u201D, version 1: score")
                .contains("risk-adjusted NPV").contains("Conditions (1):").contains("Quarterly bias audit");
        test(dialog).cancel();
        assertThat(assessments.get(id).awaitsSignOff()).isTrue();

        test($(Button.class).id("sign-off")).click();
        test(confirmation(ReviewConfirmations.DECISION_ID)).confirm();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS);
        assertThat($(Div.class).id("decisions").getElement().getTextRecursively()).contains("Lee Leadership");
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void a_refused_sign_off_confirms_too() {
        long id = submitted(SampleDocuments.highRisk("Screening to refuse"));
        pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Value is clear")));
        open(id);
        test($(TextArea.class).id("sign-off-rationale")).setValue("Too risky for this year");
        test($(Button.class).id("refuse-sign-off")).click();
        var dialog = confirmation(ReviewConfirmations.DECISION_ID);
        assertThat(test(dialog).getHeader()).isEqualTo("Refuse the sign-off of version 1?");
        test(dialog).cancel();
        assertThat(assessments.get(id).awaitsSignOff()).isTrue();
        test($(Button.class).id("refuse-sign-off")).click();
        test(confirmation(ReviewConfirmations.DECISION_ID)).confirm();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.REJECTED);
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void archiving_asks_naming_the_assessment() {
        long id = submitted(SampleDocuments.maintenance("Spindle forecast to archive"));
        pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.REJECT, 1, List.of(), "Sensors missing")));
        open(id);
        test($(Button.class).id("archive")).click();
        var dialog = confirmation(ReviewConfirmations.ARCHIVE_ID);
        assertThat(test(dialog).getHeader()).isEqualTo("Archive \u201CSpindle forecast to archive\u201D?");
        assertThat(dialog.getElement().getTextRecursively()).contains("(rejected, version 1)");
        test(dialog).cancel();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.REJECTED);

        test($(Button.class).id("archive")).click();
        test(confirmation(ReviewConfirmations.ARCHIVE_ID)).confirm();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.ARCHIVED);
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void the_review_section_names_people_by_display_name() {
        long id = submitted(SampleDocuments.maintenance("Named people"));
        pm(() -> reviews.comment(id, null, "Looks promising"));
        open(id);
        assertThat($(com.vaadin.flow.component.html.Span.class).id("current-user").getText()).as("the signed-in person too")
                .isEqualTo("Pat Product");
        assertThat($(Paragraph.class).id("review-status").getText()).startsWith("Version 1 submitted by Erin Engineer on ");
        assertThat($(Div.class).id("comments").getElement().getTextRecursively()).contains("Pat Product").doesNotContain("pm ·");
        assertThat($(Div.class).id("versions").getElement().getTextRecursively()).contains("Version 1 · Erin Engineer");
        assertThat($(Div.class).id("audit-trail").getElement().getTextRecursively()).contains(" · Erin Engineer · ")
                .doesNotContain(" · engineer · ");
    }
}
