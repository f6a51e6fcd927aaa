package dev.greenlight.tracking.ui;

import static dev.greenlight.RunAs.engineer;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.review.ReviewService;
import dev.greenlight.tracking.MetricFeedService;
import dev.greenlight.tracking.TrackedProjects;
import dev.greenlight.tracking.TrackingService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Drift into money on the Tracking section (PRODUCT.md §10.1), without a browser: observed inputs typed, the money said, the queries kept. */
@ViewTest
class DriftSectionViewTest extends ViewTestCase {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    TrackingService tracking;
    @Autowired
    MetricFeedService feed;

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_author_types_the_observed_recall_and_sees_what_the_drift_costs() {
        long id = TrackedProjects.approved(assessments, reviews, TrackedProjects.detectionCase("Section drift",
                List.of(new KillRule(KillMeasure.REFORECAST_NPV, KillOperator.BELOW, 100_000.0, 1))));
        UI.getCurrent().navigate("assessment/" + id);
        var recall = $(NumberField.class).id("checkin-observed-0-recall");
        assertThat(recall.getHelperText()).contains("approved at 0.80", "breaks even at");
        test(recall).setValue(0.2);
        test($(Button.class).id("checkin-save")).click();

        assertThat($(Paragraph.class).id("tracking-reforecast").getText())
                .contains("At the observed recall 0.20 (approved at 0.80) the project's NPV falls from $568K to $7.3K",
                        "23,000 USD a month at risk");
        assertThat($(Svg.class).id("tracking-observed-chart").getElement().toString()).contains("Break-even recall");
        assertThat($(Div.class).id("tracking").getElement().getTextRecursively()).contains("MET");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void a_refused_observed_value_is_shown_on_its_field() {
        long id = TrackedProjects.approved(assessments, reviews, TrackedProjects.detectionCase("Refused section drift", List.of()));
        UI.getCurrent().navigate("assessment/" + id);
        test($(NumberField.class).id("checkin-observed-0-precision")).setValue(1.7);
        test($(Button.class).id("checkin-save")).click();
        var field = $(NumberField.class).id("checkin-observed-0-precision");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("(0, 1]");
        assertThat(engineer(() -> tracking.checkIns(id))).isEmpty();
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_author_keeps_a_query_per_observed_input() {
        long id = TrackedProjects.approved(assessments, reviews, TrackedProjects.detectionCase("Queried section drift", List.of()));
        UI.getCurrent().navigate("assessment/" + id);
        test($(TextField.class).id("metric-query-0-recall")).setValue("avg(fraud_model_recall)");
        test($(Button.class).id("metric-save")).click();
        assertThat(engineer(() -> feed.sources(id))).singleElement()
                .satisfies(s -> assertThat(s.query()).isEqualTo("avg(fraud_model_recall)"));
        assertThat($(Button.class).id("metric-fetch").isEnabled()).as("no Prometheus configured in this test").isFalse();
    }
}
