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

/** Observed model inputs over HTTP (PRODUCT.md §10.1): a monitoring token posts them, the report re-forecasts, refusals name the field. */
@ApiTest
class ObservedApiTest {

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

    private long approved(String title, KillRule... rules) throws Exception {
        var created = api.post("/api/v1/assessments", "engineer", AssessmentJson.write(TrackedProjects.detectionCase(title, List.of(rules))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = json(created.body()).get("id").asLong();
        assertThat(api.post("/api/v1/assessments/" + id + "/submit", "engineer", "{\"version\": 0}").statusCode()).isEqualTo(200);
        var decided = api.post("/api/v1/assessments/" + id + "/decision", "pm",
                "{\"decision\": \"APPROVE\", \"version\": 1, \"rationale\": \"Evidence is solid and the cost is small\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        return id;
    }

    private String month() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString();
    }

    @Test
    void a_token_posts_observed_inputs_and_the_report_carries_the_re_forecast() throws Exception {
        long id = approved("API drift", new KillRule(KillMeasure.REFORECAST_NPV, KillOperator.BELOW, 0.0, 1));
        var token = api.post("/api/v1/tokens", "engineer", "{\"name\": \"monitoring\", \"scopes\": [\"actuals:write\"], \"expiresInDays\": 30}");
        var secret = json(token.body()).get("secret").asString();
        var posted = api.bearer("POST", "/api/v1/assessments/" + id + "/actuals", secret,
                "{\"month\": \"" + month() + "\", \"observed\": [{\"line\": 0, \"recall\": 0.05, \"precision\": 0.5}]}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(json(posted.body()).get("observed").get(0).get("recall").asDouble()).isEqualTo(0.05);
        assertThat(json(posted.body()).get("observed").get(0).has("automationRate")).isFalse();

        var report = json(api.get("/api/v1/assessments/" + id + "/tracking", "engineer").body());
        var f = report.get("reforecast");
        assertThat(f.propertyNames()).containsExactlyInAnyOrder("month", "monthNumber", "basis", "npv", "approvedNpv", "change",
                "annualBenefit", "approvedAnnualBenefit", "monthlyValueAtRisk");
        assertThat(f.get("basis").get(0).propertyNames()).containsExactlyInAnyOrder("line", "input", "approved", "observed");
        assertThat(f.get("month").asString()).isEqualTo(month());
        assertThat(f.get("annualBenefit").asDouble()).isEqualTo(23_000, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(f.get("change").asDouble()).isEqualTo(f.get("npv").asDouble() - f.get("approvedNpv").asDouble(),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(report.get("status").asString()).isEqualTo("KILL_CRITERION_MET");
        assertThat(report.get("reReview").get("reason").asString()).startsWith("at the observed recall 0.05 (approved at 0.80)");
    }

    @Test
    void refusals_name_the_field() throws Exception {
        long id = approved("API refused drift");
        var url = "/api/v1/assessments/" + id + "/actuals";
        assertRefused(api.post(url, "engineer", "{\"month\": \"" + month() + "\", \"observed\": [{\"line\": 0, \"errorRate\": 0.1}]}"),
                "observed[0].errorRate", "DETECTION");
        assertRefused(api.post(url, "engineer", "{\"month\": \"" + month() + "\", \"observed\": [{\"line\": 0, \"precision\": 0}]}"),
                "observed[0].precision", "(0, 1]");
        assertRefused(api.post(url, "engineer", "{\"month\": \"" + month() + "\", \"observed\": [{\"line\": 1, \"recall\": 0.5}]}"),
                "observed[0].line", "not derived");
        assertRefused(api.post(url, "engineer", "{\"month\": \"" + month() + "\", \"observed\": [{\"line\": 0, \"casesPerYear\": 5}]}"),
                "observed[0].casesPerYear", "not a field");
        assertThat(json(api.get(url, "engineer").body())).isEmpty();
    }

    private static void assertRefused(java.net.http.HttpResponse<String> response, String field, String words) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(field).contains(words);
    }
}
