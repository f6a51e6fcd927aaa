package dev.greenlight.review.ui;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class ReviewFeedbackNotesTest extends ViewTestCase {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void requested_changes_and_pinned_comments_appear_at_the_step_they_concern() {
        long id = engineer(() -> {
            var created = assessments.create(SampleDocuments.fraud("Feedback where the work is"));
            return reviews.submit(created.id(), created.version()).id();
        });
        pm(() -> reviews.comment(id, Questionnaire.Step.ROI, "Where does the 2M come from?"));
        pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.REQUEST_CHANGES, 1, List.of(), "Show the evidence for the benefit")));

        UI.getCurrent().navigate("edit/" + id);
        var problem = $(Div.class).id("feedback-problem");
        assertThat(problem.getElement().getTextRecursively()).contains("Changes requested on version 1").contains("Show the evidence");
        assertThat(problem.getElement().getTextRecursively()).doesNotContain("2M");
        test($(com.vaadin.flow.component.tabs.Tabs.class).single()).select(Questionnaire.Step.ROI.ordinal());
        var roi = $(Div.class).id("feedback-roi");
        assertThat(roi.getElement().getTextRecursively()).contains("Where does the 2M come from?").contains("Changes requested");
        assertThat($(Div.class).withId("feedback-review").exists()).isFalse();
    }
}
