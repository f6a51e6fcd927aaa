package dev.greenlight.tracking.ui;

import static dev.greenlight.RunAs.engineer;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.MutableClock;
import dev.greenlight.tracking.CheckInRequest;
import dev.greenlight.tracking.TrackedProjects;
import dev.greenlight.tracking.TrackingService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The outside view (PRODUCT.md §10.2) beside the score and in the review section, in a context of its own: three
 * tracked projects spent 120 % of their build budget in their first three months, so a new proposal's page says so and
 * a product manager approving it with conditions adds "meet the outside view" with one click.
 */
@ViewTest
class OutsideViewOnPageTest extends ViewTestCase {

    @TestConfiguration
    static class ThreeMonths {
        @Bean
        @Primary
        MutableClock outsideViewClock() {
            return new MutableClock(Instant.parse("2027-01-05T09:00:00Z"));
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    TrackingService tracking;

    private static long proposal;

    @BeforeEach
    void threeProjectsThatRanOver() {
        if (proposal != 0) {
            return;
        }
        var tracked = List.of("Overrun A", "Overrun B", "Overrun C").stream()
                .map(t -> TrackedProjects.approved(assessments, reviews, TrackedProjects.threeYearCase(t, List.of()))).toList();
        clock.advance(Duration.ofDays(95));
        for (long id : tracked) {
            for (var month : List.of("2027-01", "2027-02", "2027-03")) {
                engineer(() -> tracking.post(id, new CheckInRequest(month, 12_000.0, null, null, null, null, null)));
            }
        }
        proposal = engineer(() -> {
            var created = assessments.create(TrackedProjects.threeYearCase("Proposal after the overruns", List.of()));
            return reviews.submit(created.id(), created.version()).id();
        });
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    @SuppressWarnings("unchecked")
    void the_page_says_the_outside_view_and_a_product_manager_adds_it_as_a_condition() {
        UI.getCurrent().navigate("assessment/" + proposal);
        assertThat($(Paragraph.class).id("score-note-outside-view").getText())
                .startsWith("Outside view: Tracked projects here spent 120 % of their build budget (median of 3).")
                .contains("this project's risk-adjusted NPV is");
        assertThat($(Paragraph.class).id("review-note-outside-view").getText()).contains("120 %");
        test((RadioButtonGroup<DecisionType>) $(RadioButtonGroup.class).id("decision")).selectItem(DecisionType.APPROVE_WITH_CONDITIONS.label());
        test($(Button.class).id("add-condition-outside-view")).click();
        assertThat($(TextArea.class).id("conditions").getValue()).contains("Meet the outside view: show before launch that the "
                + "project still pays at 120 % of the build budget");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_author_sees_it_too_but_no_condition_button() {
        UI.getCurrent().navigate("assessment/" + proposal);
        assertThat($(Paragraph.class).id("score-note-outside-view").getText()).contains("median of 3");
        assertThat($(Button.class).withId("add-condition-outside-view").exists()).isFalse();
    }
}
