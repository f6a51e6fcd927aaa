package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.tracking.TrackedProjects;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Tracking over HTTP (PRODUCT.md §7, §8): a monitoring job posts check-ins with an actuals:write token, people with
 * their password; refusals name the field; the report and the re-review decision; the statuses each refusal maps to.
 */
@ApiTest
class TrackingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private static JsonNode json(String body) {
        return AssessmentJson.mapper().readTree(body);
    }

    private String thisMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString();
    }

    /** Created and submitted by the engineer, approved by the product manager, all over the API. */
    private long approved(String title, KillRule... rules) throws Exception {
        var created = api.post("/api/v1/assessments", "engineer",
                AssessmentJson.write(TrackedProjects.threeYearCase(title, List.of(rules))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = json(created.body()).get("id").asLong();
        assertThat(api.post("/api/v1/assessments/" + id + "/submit", "engineer", "{\"version\": 0}").statusCode()).isEqualTo(200);
        var decided = api.post("/api/v1/assessments/" + id + "/decision", "pm", "{\"decision\": \"APPROVE\", \"version\": 1, \"rationale\": \"Evidence is solid and the cost is small\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        return id;
    }

    private String token(String scopes) throws Exception {
        var response = api.post("/api/v1/tokens", "engineer", "{\"name\": \"metrics job\", \"scopes\": " + scopes + ", \"expiresInDays\": 30}");
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response.body()).get("secret").asString();
    }

    @Test
    void a_monitoring_job_posts_the_month_with_an_actuals_token_and_may_do_nothing_else() throws Exception {
        long id = approved("API motors");
        var secret = token("[\"actuals:write\"]");
        var posted = api.bearer("POST", "/api/v1/assessments/" + id + "/actuals", secret,
                "{\"month\": \"" + thisMonth() + "\", \"modelMetricValue\": 0.61, \"runCost\": 1500}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(json(posted.body()).get("monthNumber").asInt()).isEqualTo(1);
        assertThat(json(posted.body()).get("postedBy").asString()).isEqualTo("engineer");
        assertThat(api.bearer("GET", "/api/v1/assessments/" + id + "/actuals", secret, null).statusCode()).isEqualTo(403);
        assertThat(api.bearer("POST", "/api/v1/assessments/" + id + "/tracking/decision", secret, "{\"decision\": \"STOP\"}")
                .statusCode()).isEqualTo(403);

        var actuals = json(api.get("/api/v1/assessments/" + id + "/actuals", "engineer").body());
        assertThat(actuals).hasSize(1);
        assertThat(actuals.get(0).get("month").asString()).isEqualTo(thisMonth());
        var report = json(api.get("/api/v1/assessments/" + id + "/tracking", "lead").body());
        assertThat(report.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(report.get("monthsReported").asInt()).isEqualTo(1);
        assertThat(report.get("actualNetCash").asDouble()).isEqualTo(-1500);
        assertThat(report.get("forecastNetCash").asDouble()).isEqualTo(-10_000);
        assertThat(report.get("variance").asDouble()).isEqualTo(8_500);
        assertThat(report.get("months")).hasSize(48);
        assertThat(report.get("modelMetric").get("latest").asDouble()).isEqualTo(0.61);
        // a read token reads it too
        assertThat(api.bearer("GET", "/api/v1/assessments/" + id + "/tracking", token("[\"read\"]"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void refusals_name_the_field_and_map_to_their_status() throws Exception {
        long id = approved("Refused API motors");
        var bad = api.post("/api/v1/assessments/" + id + "/actuals", "engineer",
                "{\"month\": \"" + YearMonth.parse(thisMonth()).plusMonths(1) + "\", \"runCost\": -5}");
        assertThat(bad.statusCode()).isEqualTo(400);
        var paths = json(bad.body()).get("errors").valueStream().map(e -> e.get("path").asString()).toList();
        assertThat(paths).containsExactly("month", "runCost");
        assertThat(bad.body()).contains("is in the future");
        var unknown = api.post("/api/v1/assessments/" + id + "/actuals", "engineer", "{\"month\": \"" + thisMonth() + "\", \"profit\": 1}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("profit");
        assertThat(api.post("/api/v1/assessments/" + id + "/actuals", "pm", "{\"month\": \"" + thisMonth() + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/assessments/" + id + "/tracking/decision", "pm", "{\"decision\": \"STOP\"}").statusCode())
                .as("no kill rule met, no re-review").isEqualTo(409);
        var draft = json(api.post("/api/v1/assessments", "engineer", "{\"title\": \"Not approved\"}").body()).get("id").asLong();
        assertThat(api.get("/api/v1/assessments/" + draft + "/tracking", "engineer").statusCode()).isEqualTo(409);
        assertThat(api.get("/api/v1/assessments/999999/tracking", "engineer").statusCode()).isEqualTo(404);
    }

    @Test
    void a_fired_kill_rule_waits_in_the_queue_until_a_product_manager_stops_the_project() throws Exception {
        long id = approved("Stopped API motors", new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 1));
        assertThat(api.post("/api/v1/assessments/" + id + "/actuals", "engineer",
                "{\"month\": \"" + thisMonth() + "\", \"modelMetricValue\": 0.38}").statusCode()).isEqualTo(200);
        var report = json(api.get("/api/v1/assessments/" + id + "/tracking", "pm").body());
        assertThat(report.get("status").asString()).isEqualTo("KILL_CRITERION_MET");
        assertThat(report.get("killRules").get(0).get("state").asString()).isEqualTo("MET");
        assertThat(report.get("reReview").get("reason").asString()).isEqualTo("model metric 0.38 below 0.50 since month 1");
        var queue = json(api.get("/api/v1/re-review-queue?size=100", "pm").body()).get("content");
        assertThat(queue.valueStream().filter(i -> i.get("assessmentId").asLong() == id)).singleElement()
                .satisfies(i -> assertThat(i.get("reason").asString()).contains("0.38 below 0.50"));

        assertThat(api.post("/api/v1/assessments/" + id + "/tracking/decision", "engineer", "{\"decision\": \"STOP\"}").statusCode())
                .isEqualTo(403);
        var noReason = api.post("/api/v1/assessments/" + id + "/tracking/decision", "pm", "{\"decision\": \"CONTINUE\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"path\":\"rationale\"");
        var stopped = api.post("/api/v1/assessments/" + id + "/tracking/decision", "pm", "{\"decision\": \"STOP\", \"rationale\": \"Recall fell\"}");
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
        assertThat(json(stopped.body()).get("assessmentStatus").asString()).isEqualTo("STOPPED");
        assertThat(json(api.get("/api/v1/assessments/" + id, "lead").body()).get("status").asString()).isEqualTo("STOPPED");
        assertThat(api.post("/api/v1/assessments/" + id + "/actuals", "engineer", "{\"month\": \"" + thisMonth() + "\"}").statusCode())
                .isEqualTo(409);
        var audit = api.get("/api/v1/assessments/" + id + "/audit", "lead").body();
        assertThat(audit).contains("Kill rule met, re-review: model metric 0.38 below 0.50 since month 1")
                .contains("Stopped on re-review (model metric 0.38 below 0.50 since month 1); status Stopped; rationale: Recall fell");
    }
}
