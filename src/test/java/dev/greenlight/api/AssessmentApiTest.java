package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.TestUsers;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@ApiTest
class AssessmentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        TestUsers.create(users);
    }

    private static JsonNode json(String body) {
        return AssessmentJson.mapper().readTree(body);
    }

    private JsonNode createDraft(String user, String title) throws Exception {
        var response = api.post("/api/v1/assessments", user, "{\"title\": \"" + title + "\", \"team\": \"API team\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response.body());
    }

    @Test
    void post_creates_a_draft_with_201_and_a_location() throws Exception {
        var response = api.post("/api/v1/assessments", "engineer", "{\"title\": \"Created over the API\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        var body = json(response.body());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/assessments/" + body.get("id").asLong());
        assertThat(body.get("status").asString()).isEqualTo("DRAFT");
        assertThat(body.get("owner").asString()).isEqualTo("engineer");
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("createdAt").asString()).isNotBlank();
    }

    @Test
    void get_returns_the_document_with_read_only_fields_and_an_etag() throws Exception {
        var created = createDraft("engineer", "Readable");
        var response = api.get("/api/v1/assessments/" + created.get("id").asLong(), "engineer");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(json(response.body()).get("title").asString()).isEqualTo("Readable");
    }

    @Test
    void list_is_paged() throws Exception {
        createDraft("engineer", "Paged one");
        createDraft("engineer", "Paged two");
        var response = api.get("/api/v1/assessments?page=0&size=1&mine=true", "engineer");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json(response.body());
        assertThat(body.get("content")).hasSize(1);
        assertThat(body.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(body.get("size").asInt()).isEqualTo(1);
    }

    @Test
    void put_accepts_exactly_what_get_returned() throws Exception {
        var created = createDraft("engineer", "Round trip");
        var id = created.get("id").asLong();
        var read = (ObjectNode) json(api.get("/api/v1/assessments/" + id, "engineer").body());
        read.put("summary", "Now with a summary");
        var response = api.put("/api/v1/assessments/" + id, "engineer", read.toString(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json(response.body());
        assertThat(body.get("summary").asString()).isEqualTo("Now with a summary");
        assertThat(body.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void a_stale_put_gets_409_and_changes_nothing() throws Exception {
        var created = (ObjectNode) createDraft("engineer", "Contended");
        var id = created.get("id").asLong();
        var first = created.deepCopy().put("summary", "first");
        assertThat(api.put("/api/v1/assessments/" + id, "engineer", first.toString(), null).statusCode()).isEqualTo(200);
        var second = created.deepCopy().put("summary", "second");
        var response = api.put("/api/v1/assessments/" + id, "engineer", second.toString(), null);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(api.get("/api/v1/assessments/" + id, "engineer").body()).get("summary").asString()).isEqualTo("first");
    }

    @Test
    void a_stale_if_match_gets_409() throws Exception {
        var created = (ObjectNode) createDraft("engineer", "Header contended");
        var id = created.get("id").asLong();
        created.remove("version");
        assertThat(api.put("/api/v1/assessments/" + id, "engineer", created.toString(), "\"0\"").statusCode()).isEqualTo(200);
        assertThat(api.put("/api/v1/assessments/" + id, "engineer", created.toString(), "\"0\"").statusCode()).isEqualTo(409);
    }

    @Test
    void a_put_without_any_version_is_refused_with_400() throws Exception {
        var created = (ObjectNode) createDraft("engineer", "Versionless");
        created.remove("version");
        var response = api.put("/api/v1/assessments/" + created.get("id").asLong(), "engineer", created.toString(), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"path\":\"version\"");
    }

    @Test
    void without_credentials_the_api_answers_401_not_a_redirect() throws Exception {
        var response = api.get("/api/v1/assessments", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    }

    @Test
    void wrong_credentials_get_401() throws Exception {
        var response = api.get("/api/v1/assessments", "nobody");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void leadership_cannot_create_403() throws Exception {
        var response = api.post("/api/v1/assessments", "lead", "{\"title\": \"Not allowed\"}");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void another_engineers_draft_is_403() throws Exception {
        var created = createDraft("engineer", "Private draft");
        var response = api.get("/api/v1/assessments/" + created.get("id").asLong(), TestUsers.OTHER_ENGINEER);
        assertThat(response.statusCode()).isEqualTo(403);
        var edit = api.put("/api/v1/assessments/" + created.get("id").asLong(), TestUsers.OTHER_ENGINEER, created.toString(), null);
        assertThat(edit.statusCode()).isEqualTo(403);
    }

    @Test
    void an_unknown_id_is_404() throws Exception {
        assertThat(api.get("/api/v1/assessments/987654", "engineer").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/assessments/not-a-number", "engineer").statusCode()).isEqualTo(400);
    }

    @Test
    void bad_input_gets_400_with_field_paths() throws Exception {
        var response = api.post("/api/v1/assessments", "engineer", """
                {"title": "Bad", "financials": {"horizonYears": 11, "discountRate": 2,
                 "buildCosts": [{"name": "Team", "low": 10, "likely": 5, "high": 20}]}, "extra": true}
                """);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).get("errors").get(0).get("path").asString()).isEqualTo("extra");

        var values = api.post("/api/v1/assessments", "engineer", """
                {"title": "Bad", "financials": {"horizonYears": 11, "discountRate": 2,
                 "buildCosts": [{"name": "Team", "low": 10, "likely": 5, "high": 20}]}}
                """);
        assertThat(values.statusCode()).isEqualTo(400);
        assertThat(values.body()).contains("financials.horizonYears", "financials.discountRate", "financials.buildCosts[0].low");
    }

    @Test
    void garbage_is_a_400_never_a_500() throws Exception {
        assertThat(api.post("/api/v1/assessments", "engineer", "not json").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/assessments", "engineer", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/assessments", "engineer", "").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/assessments?size=100000", "engineer").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/assessments?status=NOPE", "engineer").statusCode()).isEqualTo(400);
    }

    @Test
    void openapi_and_health_are_served() throws Exception {
        var docs = api.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/assessments");
        var health = api.get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }
}
