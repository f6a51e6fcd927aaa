package dev.greenlight.review.ui;

import static dev.greenlight.RunAs.engineer;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.review.ReviewService;
import java.util.ArrayList;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class ReviewQueueViewTest extends ViewTestCase {

    @Autowired
    ReviewService reviews;
    @Autowired
    AssessmentService service;

    @SuppressWarnings("unchecked")
    private Grid<AssessmentSummary> queue() {
        return $(Grid.class).id("review-queue");
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void product_managers_see_submitted_work_oldest_first_with_score_level_tier_and_author() {
        var id = engineer(() -> {
            var created = service.create(SampleDocuments.maintenance("Queue item"));
            return reviews.submit(created.id(), created.version()).id();
        });
        navigate(ReviewQueueView.class);
        var grid = test(queue());
        var rows = new ArrayList<AssessmentSummary>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        assertThat(rows).extracting(AssessmentSummary::id).contains(id);
        // Other tests' fixtures may mark rows submitted without a submission time; real submissions always have one.
        assertThat(rows.stream().filter(r -> r.submittedAt() != null).toList())
                .isSortedAccordingTo(Comparator.comparing(AssessmentSummary::submittedAt));
        var row = rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        int index = rows.indexOf(row);
        assertThat(grid.getCellText(index, queue().getColumns().indexOf(queue().getColumnByKey("owner")))).isEqualTo("Erin Engineer");
        assertThat(grid.getCellText(index, queue().getColumns().indexOf(queue().getColumnByKey("ethicsLevel")))).isEqualTo(row.ethicsLevel().name());
        assertThat(grid.getCellText(index, queue().getColumns().indexOf(queue().getColumnByKey("euAiActTier")))).isEqualTo(dev.greenlight.scoring.EuAiActTier.MINIMAL.label());
        assertThat(grid.getCellText(index, queue().getColumns().indexOf(queue().getColumnByKey("score")))).isEqualTo(String.format("%.0f", row.score()));
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void product_managers_land_on_their_review_queue() {
        navigate("", ReviewQueueView.class);
        assertThat(getCurrentView()).isInstanceOf(ReviewQueueView.class);
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void engineers_have_no_review_queue() {
        try {
            navigate(ReviewQueueView.class);
        } catch (RuntimeException expected) {
            // refused navigation surfaces as an error in browserless mode
        }
        assertThat(getCurrentView()).isNotInstanceOf(ReviewQueueView.class);
    }
}
