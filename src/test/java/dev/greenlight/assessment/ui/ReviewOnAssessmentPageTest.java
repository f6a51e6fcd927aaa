package dev.greenlight.assessment.ui;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.greenlight.SampleDocuments;
import dev.greenlight.TestUsers;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The review section of the assessment page, role by role, without a browser. */
@ViewTest
class ReviewOnAssessmentPageTest extends ViewTestCase {

    @Autowired
    ReviewService reviews;
    @Autowired
    AssessmentService service;
    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    private long submitted(String title) {
        return engineer(() -> {
            var created = service.create(SampleDocuments.maintenance(title));
            return reviews.submit(created.id(), created.version()).id();
        });
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<DecisionType> decision() {
        return $(RadioButtonGroup.class).id("decision");
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void a_product_manager_requests_changes_naming_what_and_the_author_sees_it() {
        long id = submitted("Page review");
        navigate(AssessmentView.class, id);
        test(decision()).selectItem(DecisionType.REQUEST_CHANGES.label());
        test($(Button.class).id("record-decision")).click();
        var rationale = $(TextArea.class).id("rationale");
        assertThat(rationale.isInvalid()).isTrue();
        assertThat(rationale.getErrorMessage()).contains("say what to change");
        assertThat(service.get(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);

        test(rationale).setValue("Name a sponsor and add evidence for the downtime cost");
        test($(Button.class).id("record-decision")).click();
        test($(ConfirmDialog.class).id("decision-confirm")).confirm();
        assertThat(service.get(id).status()).isEqualTo(AssessmentStatus.CHANGES_REQUESTED);
        assertThat($(Button.class).withId("record-decision").exists()).isFalse();
        assertThat($(Div.class).id("decisions").getElement().getTextRecursively()).contains("Changes requested").contains("Name a sponsor");

        test($(TextArea.class).id("comment-body")).setValue("Happy to talk it through");
        test($(Button.class).id("add-comment")).click();

        engineer(() -> {
            navigate(AssessmentView.class, id);
            assertThat($(Div.class).id("decisions").getElement().getTextRecursively()).contains("Name a sponsor");
            assertThat($(Div.class).id("comments").getElement().getTextRecursively()).contains("Happy to talk it through");
            assertThat($(Button.class).id("submit").getText()).isEqualTo("Resubmit for review");
            assertThat($(Div.class).id("audit-trail").getElement().getTextRecursively()).contains("Decided").contains("Commented");
            navigate(MyAssessmentsView.class);
            @SuppressWarnings("unchecked") Grid<AssessmentSummary> grid = $(Grid.class).id("assessments");
            var review = grid.getColumnByKey("review");
            var row = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                    .filter(s -> s.id() == id).findFirst().orElseThrow();
            assertThat(review).isNotNull();
            assertThat(test(grid).getCellText(java.util.stream.IntStream.range(0, test(grid).size())
                    .filter(i -> test(grid).getRow(i).id() == id).findFirst().orElseThrow(), grid.getColumns().indexOf(review)))
                    .contains("Changes requested: Name a sponsor").contains("1 comment");
            assertThat(row.status()).isEqualTo(AssessmentStatus.CHANGES_REQUESTED);
            return null;
        });
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void approving_with_conditions_prefills_the_engines_conditions() {
        long id = submitted("Page approval");
        var engine = service.get(id).scoreResult().conditions();
        navigate(AssessmentView.class, id);
        test(decision()).selectItem(DecisionType.APPROVE_WITH_CONDITIONS.label());
        var conditions = $(TextArea.class).id("conditions");
        assertThat(conditions.getValue()).isEqualTo(String.join("\n", engine));
        test(conditions).setValue("Monitor false alarms monthly\nReview after six months");
        test($(TextArea.class).id("rationale")).setValue("Cheap to run and the downtime it prevents is evidenced");
        test($(Button.class).id("record-decision")).click();
        test($(ConfirmDialog.class).id("decision-confirm")).confirm();
        assertThat(service.get(id).status()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS);
        assertThat($(Div.class).id("decisions").getElement().getTextRecursively()).contains("Review after six months");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_author_has_no_decision_form_on_their_own_assessment() {
        long id = submitted("Own page");
        navigate(AssessmentView.class, id);
        assertThat($(Button.class).withId("record-decision").exists()).isFalse();
        assertThat($(Button.class).withId("add-comment").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void the_navigation_shows_how_many_wait_for_review() {
        submitted("Badge");
        navigate(AllAssessmentsView.class);
        var badge = $(Span.class).id("review-count");
        assertThat(badge.isVisible()).isTrue();
        assertThat(Long.parseLong(badge.getText())).isEqualTo(reviews.reviewQueueCount()).isPositive();
    }
}
