package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.tracking.TrackedProjects;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The track record over HTTP (PRODUCT.md §10.2): who may read the calibration, the outside view's fields, the refusals. */
@ApiTest
class CalibrationApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void the_calibration_is_for_product_managers_leadership_and_admins() throws Exception {
        assertThat(api.get("/api/v1/calibration", "engineer").statusCode()).isEqualTo(403);
        for (var user : List.of("pm", "lead", "admin")) {
            var response = api.get("/api/v1/calibration", user);
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            var json = AssessmentJson.mapper().readTree(response.body());
            assertThat(json.propertyNames()).containsExactlyInAnyOrder("nBenefit", "nBuild", "medianBenefitRealisation",
                    "medianBuildOverrun", "projects");
        }
    }

    @Test
    void the_outside_view_is_for_anyone_who_may_read_the_assessment() throws Exception {
        var created = api.post("/api/v1/assessments", "engineer", AssessmentJson.write(TrackedProjects.threeYearCase("API outside view", List.of())));
        var id = AssessmentJson.mapper().readTree(created.body()).get("id").asLong();
        var response = api.get("/api/v1/assessments/" + id + "/outside-view", "engineer");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var json = AssessmentJson.mapper().readTree(response.body());
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("nBenefit", "nBuild", "medianBenefitRealisation",
                "medianBuildOverrun", "riskAdjustedNpv", "adjustedRiskAdjustedNpv", "moreNeeded");
        // the demo's invoice sample has three months of build spend: one build overrun so far, the outside view needs two more
        assertThat(json.get("moreNeeded").asInt()).isEqualTo(3 - Math.max(json.get("nBenefit").asInt(), json.get("nBuild").asInt()))
                .isPositive();
        assertThat(json.get("adjustedRiskAdjustedNpv").isNull()).isTrue();
        assertThat(api.get("/api/v1/assessments/999999/outside-view", "engineer").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/assessments/" + id + "/outside-view", null).statusCode()).isEqualTo(401);
    }
}
