package dev.greenlight.tracking.ui;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.tracking.TrackedProjects.month;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.MutableClock;
import dev.greenlight.tracking.ReReviewDecision;
import dev.greenlight.tracking.ReReviewItem;
import dev.greenlight.tracking.TrackedProjects;
import dev.greenlight.tracking.TrackingService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithMockUser;

/** The Tracking section of the assessment page and the re-review queue, role by role, without a browser. */
@ViewTest
class TrackingSectionViewTest extends ViewTestCase {

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        @Primary
        MutableClock trackingViewClock() {
            return new MutableClock(Instant.parse("2027-03-10T09:00:00Z"));
        }
    }

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    TrackingService tracking;

    private long approved(String title, KillRule... rules) {
        return TrackedProjects.approved(assessments, reviews, TrackedProjects.threeYearCase(title, List.of(rules)));
    }

    private void open(long id) {
        UI.getCurrent().navigate("assessment/" + id);
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_author_posts_a_month_and_sees_it_in_the_table_the_figures_and_the_chart() {
        long id = approved("Section motors");
        open(id);
        assertThat($(Span.class).id("tracking-status").getText()).isEqualTo("No data yet");
        assertThat($(Svg.class).id("tracking-chart")).isNotNull();
        test($(NumberField.class).id("checkin-build")).setValue(9_000.0);
        test($(NumberField.class).id("checkin-run")).setValue(500.0);
        test($(NumberField.class).id("checkin-model")).setValue(0.52);
        test($(TextArea.class).id("checkin-note")).setValue("First month live");
        test($(Button.class).id("checkin-save")).click();

        assertThat($(Span.class).id("tracking-status").getText()).isEqualTo("On track");
        assertThat(text("tracking")).contains("Cumulative net cash: actual -9,500 USD vs forecast -10,000 USD; variance 500 USD");
        @SuppressWarnings("unchecked") Grid<dev.greenlight.tracking.CheckInRecord> months = $(Grid.class).id("tracking-months");
        assertThat(test(months).size()).isEqualTo(1);
        assertThat(test(months).getRow(0).note()).isEqualTo("First month live");
        assertThat(test(months).getCellText(0, months.getColumns().indexOf(months.getColumnByKey("postedBy"))))
                .as("posted by, by display name").isEqualTo("Erin Engineer");
        assertThat(engineer(() -> tracking.report(id)).checkIns()).singleElement()
                .satisfies(c -> assertThat(c.month()).isEqualTo("2027-03"));
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void a_refused_check_in_shows_the_reason_on_its_field_and_stores_nothing() {
        long id = approved("Refused motors");
        open(id);
        test($(NumberField.class).id("checkin-benefit")).setValue(-5.0);
        test($(Button.class).id("checkin-save")).click();
        var field = $(NumberField.class).id("checkin-benefit");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("must be ≥ 0");
        assertThat(tracking.report(id).checkIns()).isEmpty();
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_sees_the_tracking_but_no_form() {
        long id = approved("Read-only motors");
        open(id);
        assertThat($(Div.class).withId("tracking").exists()).isTrue();
        assertThat($(Button.class).withId("checkin-save").exists()).isFalse();
        assertThat($(Button.class).withId("re-review-submit").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void a_product_manager_finds_the_fired_rule_in_the_queue_and_stops_the_project() {
        long id = approved("Stopped motors", new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 1));
        engineer(() -> tracking.post(id, month("2027-03", 0, 0, 0, null, 0.41)));
        navigate(ReReviewQueueView.class);
        @SuppressWarnings("unchecked") Grid<ReReviewItem> queue = $(Grid.class).id("re-review-queue");
        var row = java.util.stream.IntStream.range(0, test(queue).size()).filter(i -> test(queue).getRow(i).assessmentId() == id)
                .findFirst().orElseThrow();
        assertThat(test(queue).getCellText(row, 3)).isEqualTo("re-review: model metric 0.41 below 0.50 since month 1");
        assertThat(test(queue).getCellText(row, 2)).as("the author by display name").isEqualTo("Erin Engineer");

        open(id);
        assertThat($(Span.class).id("tracking-status").getText()).isEqualTo("Kill criterion met");
        assertThat(text("tracking-re-review")).contains("model metric 0.41 below 0.50 since month 1");
        assertThat($(Button.class).withId("checkin-save").exists()).isFalse();
        @SuppressWarnings("unchecked") RadioButtonGroup<ReReviewDecision> decision = $(RadioButtonGroup.class).id("re-review-decision");
        test(decision).selectItem("Continue (say why)");
        test($(Button.class).id("re-review-submit")).click();
        assertThat($(TextArea.class).id("re-review-rationale").isInvalid()).isTrue();
        test(decision).selectItem("Stop the project");
        test($(Button.class).id("re-review-submit")).click();
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.STOPPED);
        assertThat(text("tracking")).contains("stopped (model metric 0.41 below 0.50 since month 1)")
                .contains("by Pat Product: stopped");
        assertThat($(Button.class).withId("re-review-submit").exists()).isFalse();
    }
}
