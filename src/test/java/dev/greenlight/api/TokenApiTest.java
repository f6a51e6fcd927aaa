package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.RunAs;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Personal access tokens over HTTP: life cycle, scopes, revocation, expiry, disabled owners (issue 12 item 11). */
@ApiTest
class TokenApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private static JsonNode json(String body) {
        return AssessmentJson.mapper().readTree(body);
    }

    /** Creates a token with the user's password (HTTP Basic) and returns the whole answer. */
    private JsonNode create(String user, String scopes) throws Exception {
        var response = api.post("/api/v1/tokens", user, "{\"name\": \"job of " + user + "\", \"scopes\": " + scopes + ", \"expiresInDays\": 30}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body());
    }

    private static String secret(JsonNode created) {
        return created.get("secret").asString();
    }

    private long draft(String user) throws Exception {
        var response = api.post("/api/v1/assessments", user, "{\"title\": \"Token target\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response.body()).get("id").asLong();
    }

    @Test
    void a_token_is_shown_once_listed_without_its_secret_and_authenticates_as_its_owner() throws Exception {
        var created = create("engineer", "[\"read\"]");
        var secret = secret(created);
        assertThat(secret).startsWith("glt_").hasSize(47);
        assertThat(created.get("token").get("prefix").asString()).isEqualTo(secret.substring(0, 12));
        assertThat(created.get("token").get("scopes").get(0).asString()).isEqualTo("read");

        var id = draft("engineer");
        var read = api.bearer("GET", "/api/v1/assessments/" + id, secret, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read.body()).get("owner").asString()).isEqualTo("engineer");
        assertThat(api.bearer("GET", "/api/v1/assessments?mine=true", secret, null).body()).contains("Token target");

        var list = api.get("/api/v1/tokens", "engineer");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret).doesNotContain("secret").doesNotContain("hash");
        var mine = json(list.body()).valueStream().filter(t -> t.get("id").asLong() == created.get("token").get("id").asLong()).findFirst().orElseThrow();
        assertThat(mine.get("name").asString()).isEqualTo("job of engineer");
        assertThat(mine.get("lastUsedAt").isNull()).isFalse();
        assertThat(mine.get("expiresAt").asString()).isNotBlank();

        var trail = api.get("/api/v1/admin/audit?action=TOKEN_CREATED&actor=engineer&size=100", "admin").body();
        assertThat(trail).contains("job of engineer").doesNotContain(secret);
    }

    @Test
    void a_read_token_reads_but_cannot_write() throws Exception {
        var secret = secret(create("engineer", "[\"read\"]"));
        var id = draft("engineer");
        var document = api.bearer("GET", "/api/v1/assessments/" + id, secret, null).body();
        assertThat(api.bearer("PUT", "/api/v1/assessments/" + id, secret, document).statusCode()).isEqualTo(403);
        assertThat(api.bearer("POST", "/api/v1/assessments", secret, "{\"title\": \"Not allowed\"}").statusCode()).isEqualTo(403);
        assertThat(api.bearer("DELETE", "/api/v1/assessments/" + id, secret, null).statusCode()).isEqualTo(403);
    }

    @Test
    void a_write_token_reads_and_writes_within_the_owners_roles() throws Exception {
        var secret = secret(create("engineer", "[\"write\"]"));
        var created = api.bearer("POST", "/api/v1/assessments", secret, "{\"title\": \"Written with a token\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        var doc = (ObjectNode) json(created.body());
        doc.put("summary", "edited with a token");
        var put = api.bearer("PUT", "/api/v1/assessments/" + doc.get("id").asLong(), secret, doc.toString());
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put.body()).get("summary").asString()).isEqualTo("edited with a token");
        // a scope narrows the owner's roles, it never widens them: engineers see no portfolio, administer nothing
        assertThat(api.bearer("GET", "/api/v1/portfolio", secret, null).statusCode()).isEqualTo(403);
        assertThat(api.bearer("GET", "/api/v1/admin/users", secret, null).statusCode()).isEqualTo(403);
    }

    @Test
    void an_actuals_only_token_cannot_read_or_edit_assessments() throws Exception {
        var secret = secret(create("engineer", "[\"actuals:write\"]"));
        var id = draft("engineer");
        var document = api.get("/api/v1/assessments/" + id, "engineer").body();
        assertThat(api.bearer("GET", "/api/v1/assessments/" + id, secret, null).statusCode()).isEqualTo(403);
        assertThat(api.bearer("GET", "/api/v1/assessments", secret, null).statusCode()).isEqualTo(403);
        assertThat(api.bearer("PUT", "/api/v1/assessments/" + id, secret, document).statusCode()).isEqualTo(403);
        assertThat(api.bearer("POST", "/api/v1/assessments/" + id + "/submit", secret, "{\"version\": 0}").statusCode()).isEqualTo(403);
        // the check-in endpoint (PRODUCT.md §7) is the one its scope passes: a draft is not tracked, so 409, not 403
        var actuals = api.bearer("POST", "/api/v1/assessments/" + id + "/actuals", secret, "{}");
        assertThat(actuals.statusCode()).isEqualTo(409);
        assertThat(actuals.body()).contains("is not tracked");
        var readToken = secret(create("engineer", "[\"read\"]"));
        assertThat(api.bearer("POST", "/api/v1/assessments/" + id + "/actuals", readToken, "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void tokens_cannot_manage_tokens() throws Exception {
        var created = create("engineer", "[\"write\"]");
        var secret = secret(created);
        assertThat(api.bearer("GET", "/api/v1/tokens", secret, null).statusCode()).isEqualTo(403);
        assertThat(api.bearer("POST", "/api/v1/tokens", secret, "{\"name\": \"x\", \"scopes\": [\"write\"], \"expiresInDays\": 365}").statusCode())
                .isEqualTo(403);
        assertThat(api.bearer("DELETE", "/api/v1/tokens/" + created.get("token").get("id").asLong(), secret, null).statusCode()).isEqualTo(403);
        assertThat(api.bearer("GET", "/api/v1/assessments", secret, null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_revoked_token_answers_401_from_the_next_request_on() throws Exception {
        var created = create("engineer", "[\"read\"]");
        var secret = secret(created);
        var id = created.get("token").get("id").asLong();
        assertThat(api.bearer("GET", "/api/v1/assessments", secret, null).statusCode()).isEqualTo(200);
        assertThat(api.delete("/api/v1/tokens/" + id, "pm").statusCode()).as("someone else's token").isEqualTo(404);
        var revoked = api.delete("/api/v1/tokens/" + id, "engineer");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked.body()).get("revokedAt").isNull()).isFalse();
        var refused = api.bearer("GET", "/api/v1/assessments", secret, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertThat(api.get("/api/v1/admin/audit?action=TOKEN_REVOKED&actor=engineer&size=100", "admin").body()).contains("job of engineer");
    }

    @Test
    void an_expired_token_answers_401() throws Exception {
        var created = create("engineer", "[\"read\"]");
        assertThat(api.bearer("GET", "/api/v1/assessments", secret(created), null).statusCode()).isEqualTo(200);
        jdbc.update("update api_token set expires_at = created_at where id = ?", created.get("token").get("id").asLong());
        assertThat(api.bearer("GET", "/api/v1/assessments", secret(created), null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_disabled_users_tokens_answer_401() throws Exception {
        RunAs.call("admin", new Role[] {Role.ADMIN}, () -> users.create("tina", "Tina Token", "tina-password", java.util.Set.of(Role.ENGINEER)));
        var response = api.postAs("/api/v1/tokens", "tina", "tina-password", "{\"name\": \"tina's\", \"scopes\": [\"read\"], \"expiresInDays\": 7}");
        assertThat(response.statusCode()).isEqualTo(201);
        var secret = json(response.body()).get("secret").asString();
        assertThat(api.bearer("GET", "/api/v1/assessments", secret, null).statusCode()).isEqualTo(200);
        RunAs.call("admin", new Role[] {Role.ADMIN}, () -> users.setEnabled("tina", false));
        assertThat(api.bearer("GET", "/api/v1/assessments", secret, null).statusCode()).isEqualTo(401);
    }

    @Test
    void an_unknown_or_malformed_token_answers_401_not_anonymous_access() throws Exception {
        assertThat(api.bearer("GET", "/api/v1/assessments", "glt_" + "A".repeat(43), null).statusCode()).isEqualTo(401);
        assertThat(api.bearer("GET", "/api/v1/assessments", "not-a-token", null).statusCode()).isEqualTo(401);
        assertThat(api.bearer("GET", "/api/v1/assessments", "", null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_bad_token_request_names_the_field() throws Exception {
        assertThat(path(api.post("/api/v1/tokens", "engineer", "{\"name\": \" \", \"scopes\": [\"read\"], \"expiresInDays\": 30}"))).isEqualTo("name");
        assertThat(path(api.post("/api/v1/tokens", "engineer", "{\"name\": \"n\", \"scopes\": [\"read\", \"admin\"], \"expiresInDays\": 30}"))).isEqualTo("scopes[1]");
        assertThat(path(api.post("/api/v1/tokens", "engineer", "{\"name\": \"n\", \"scopes\": [], \"expiresInDays\": 30}"))).isEqualTo("scopes");
        assertThat(path(api.post("/api/v1/tokens", "engineer", "{\"name\": \"n\", \"scopes\": [\"read\"], \"expiresInDays\": 0}"))).isEqualTo("expiresInDays");
        assertThat(path(api.post("/api/v1/tokens", "engineer", "{\"name\": \"n\", \"scopes\": [\"read\"], \"expiresInDays\": 366}"))).isEqualTo("expiresInDays");
        assertThat(path(api.post("/api/v1/tokens", "engineer", "{\"name\": \"n\", \"scopes\": [\"read\"]}"))).isEqualTo("expiresInDays");
        assertThat(path(api.post("/api/v1/tokens", "engineer", "{\"name\": \"n\", \"scopes\": [\"read\"], \"expiresInDays\": 3, \"owner\": \"pm\"}")))
                .isEqualTo("owner");
        assertThat(api.get("/api/v1/tokens", null).statusCode()).isEqualTo(401);
    }

    private static String path(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json(response.body()).get("errors").get(0).get("path").asString();
    }
}
