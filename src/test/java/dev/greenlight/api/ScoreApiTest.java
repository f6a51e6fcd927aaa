package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.document.AssessmentJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiTest
class ScoreApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private static JsonNode json(String body) {
        return AssessmentJson.mapper().readTree(body);
    }

    private static String sample(String file) throws Exception {
        return Files.readString(Path.of("sample-data", file));
    }

    @Test
    void post_score_returns_the_score_document_with_the_contract_field_names() throws Exception {
        var response = api.post("/api/v1/score", "lead", sample("01-card-fraud-early-warning.json"));
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json(response.body());
        assertThat(body.propertyNames()).contains("modelVersion", "score", "recommendation", "subscores", "conditions",
                "explanation", "businessCase", "financials", "ethics");
        assertThat(body.get("subscores").propertyNames()).contains("value", "confidence", "readiness", "ethics");
        assertThat(body.get("financials").propertyNames()).contains("cashFlows", "npv", "riskAdjustedNpv", "irr", "roi",
                "benefitCostRatio", "paybackMonths", "monteCarlo", "tornado");
        assertThat(body.get("financials").get("monteCarlo").propertyNames()).contains("trials", "seed", "mean", "p10", "p50",
                "p90", "probabilityNpvPositive", "histogram");
        assertThat(body.get("ethics").propertyNames()).contains("rawRisk", "mitigationCredit", "residualRisk", "level",
                "euAiActTier", "articles", "unanswered", "requiredControls", "toLowerLevel", "euAiAct");
        var eu = body.get("ethics").get("euAiAct");
        assertThat(eu.propertyNames()).contains("tier", "findings", "obligations", "conditions", "unanswered", "rulesReviewed", "role");
        assertThat(eu.get("obligations").get(0).propertyNames()).contains("article", "title", "url", "appliesTo",
                "appliesFrom", "source");
        assertThat(eu.get("findings").get(0).asString())
                .isEqualTo("not high-risk: detecting financial fraud is excluded from Annex III 5(b)");
        assertThat(body.get("modelVersion").asString()).isEqualTo("v1");
        assertThat(body.get("financials").get("monteCarlo").get("trials").asInt()).isEqualTo(10_000);
        assertThat(body.get("businessCase").asString())
                .startsWith("Card fraud early warning, sponsored by VP Payments, is expected to return about")
                .contains("after a 25 % chance that the model does not work");
        assertThat(body.get("recommendation").asString()).as("not high-risk (Annex III 5(b) carve-out), level II")
                .isEqualTo("GO");
    }

    @Test
    void figures_that_do_not_exist_are_null_not_missing() throws Exception {
        var response = api.post("/api/v1/score", "engineer", """
                {"title": "Never pays", "financials": {"currency": "USD", "horizonYears": 2, "discountRate": 0.1,
                  "probabilityOfSuccess": 0.5, "adoptionByYear": [1, 1],
                  "buildCosts": [{"name": "Build", "low": 100, "likely": 100, "high": 100, "evidence": "DATA"}],
                  "annualRunCosts": [{"name": "Run", "low": 10, "likely": 10, "high": 10, "evidence": "DATA"}]}}
                """);
        assertThat(response.statusCode()).isEqualTo(200);
        var financials = json(response.body()).get("financials");
        assertThat(financials.has("irr")).isTrue();
        assertThat(financials.get("irr").isNull()).isTrue();
        assertThat(financials.get("paybackMonths").isNull()).isTrue();
    }

    @Test
    void the_social_scoring_idea_is_no_go_and_the_resume_screener_at_best_go_with_conditions() throws Exception {
        var social = json(api.post("/api/v1/score", "engineer", sample("06-citizen-trust-score.json")).body());
        assertThat(social.get("recommendation").asString()).isEqualTo("NO_GO");
        assertThat(social.get("ethics").get("euAiActTier").asString()).isEqualTo("PROHIBITED");
        var resume = json(api.post("/api/v1/score", "engineer", sample("02-resume-screening-assistant.json")).body());
        assertThat(resume.get("recommendation").asString()).isIn("GO_WITH_CONDITIONS", "REVISE", "NO_GO");
        assertThat(resume.get("ethics").get("euAiActTier").asString()).isEqualTo("HIGH_RISK");
    }

    @Test
    void post_score_stores_nothing() throws Exception {
        var before = json(api.get("/api/v1/assessments?size=1", "engineer").body()).get("totalElements").asLong();
        api.post("/api/v1/score", "engineer", sample("04-predictive-maintenance-conveyor-motors.json"));
        var after = json(api.get("/api/v1/assessments?size=1", "engineer").body()).get("totalElements").asLong();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void invalid_documents_get_400_with_field_errors() throws Exception {
        var response = api.post("/api/v1/score", "engineer", sample("01-card-fraud-early-warning.json")
                .replace("\"horizonYears\": 3", "\"horizonYears\": 0"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("financials.horizonYears");
    }

    @Test
    void a_document_too_incomplete_to_score_gets_400_naming_what_is_missing() throws Exception {
        var response = api.post("/api/v1/score", "engineer", "{\"title\": \"Only a title\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"path\":\"financials\"");
    }

    @Test
    void score_requires_authentication() throws Exception {
        assertThat(api.post("/api/v1/score", null, sample("01-card-fraud-early-warning.json")).statusCode()).isEqualTo(401);
    }

    @Test
    void the_stored_score_of_a_sample_is_served_and_matches_a_fresh_computation() throws Exception {
        var list = json(api.get("/api/v1/assessments?size=50&title=fraud", "pm").body());
        var id = list.get("content").get(0).get("id").asLong();
        var stored = api.get("/api/v1/assessments/" + id + "/score", "pm");
        assertThat(stored.statusCode()).isEqualTo(200);
        var fresh = json(api.post("/api/v1/score", "pm", sample("01-card-fraud-early-warning.json")).body());
        var storedJson = json(stored.body());
        assertThat(storedJson.get("score").asDouble()).isEqualTo(fresh.get("score").asDouble());
        assertThat(storedJson.get("financials").get("npv").asDouble()).isEqualTo(fresh.get("financials").get("npv").asDouble());
        var summary = json(api.get("/api/v1/assessments/" + id, "pm").body()).get("scoreSummary");
        assertThat(summary.get("score").asDouble()).isEqualTo(fresh.get("score").asDouble());
        assertThat(summary.get("recommendation").asString()).isEqualTo("GO");
    }

    @Test
    void an_unscored_draft_answers_404_with_what_is_missing_and_others_drafts_403() throws Exception {
        var created = json(api.post("/api/v1/assessments", "engineer", "{\"title\": \"Unscored\"}").body());
        var response = api.get("/api/v1/assessments/" + created.get("id").asLong() + "/score", "engineer");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("financials");
        assertThat(api.get("/api/v1/assessments/" + created.get("id").asLong() + "/score", "pm").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/assessments/424242/score", "pm").statusCode()).isEqualTo(404);
    }

    @Test
    void saving_recomputes_the_score() throws Exception {
        var doc = (tools.jackson.databind.node.ObjectNode) json(sample("07-invoice-data-extraction.json"));
        doc.put("title", "Rescored invoices");
        var created = json(api.post("/api/v1/assessments", "engineer", doc.toString()).body());
        var id = created.get("id").asLong();
        var before = created.get("scoreSummary").get("score").asDouble();
        var edited = (tools.jackson.databind.node.ObjectNode) created;
        ((tools.jackson.databind.node.ObjectNode) edited.get("financials")).put("probabilityOfSuccess", 0.2);
        var updated = json(api.put("/api/v1/assessments/" + id, "engineer", edited.toString(), null).body());
        assertThat(updated.get("scoreSummary").get("score").asDouble()).isLessThan(before);
    }
}
