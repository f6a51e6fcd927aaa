package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.TestUsers;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.security.UserService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The review loop over HTTP, with the errors a client can get and what they name. */
@ApiTest
class ReviewApiTest {

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

    private long scoredDraft(String title) throws Exception {
        String sample;
        try (var in = getClass().getResourceAsStream("/sample-data/04-predictive-maintenance-conveyor-motors.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var doc = AssessmentJson.readObject(sample);
        doc.put("title", title);
        var created = api.post("/api/v1/assessments", "engineer", doc.toString());
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created.body()).get("id").asLong();
    }

    @Test
    void submit_decide_resubmit_approve_with_conditions_and_read_versions_comparison_and_audit() throws Exception {
        long id = scoredDraft("API review loop");
        var base = "/api/v1/assessments/" + id;

        var missingVersion = api.post(base + "/submit", "engineer", "{}");
        assertThat(missingVersion.statusCode()).isEqualTo(400);
        assertThat(json(missingVersion.body()).get("errors").get(0).get("path").asString()).isEqualTo("version");

        var submitted = api.post(base + "/submit", "engineer", "{\"version\": 0}");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(json(submitted.body()).get("status").asString()).isEqualTo("SUBMITTED");

        var queue = json(api.get("/api/v1/review-queue?size=200", "pm").body());
        assertThat(queue.get("content").valueStream().map(n -> n.get("id").asLong())).contains(id);

        var noReason = api.post(base + "/decision", "pm", "{\"decision\": \"REQUEST_CHANGES\", \"version\": 1}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason.body()).get("errors").get(0).get("path").asString()).isEqualTo("rationale");
        var approvalWithoutReason = api.post(base + "/decision", "pm", "{\"decision\": \"APPROVE\", \"version\": 1}");
        assertThat(approvalWithoutReason.statusCode()).isEqualTo(400);
        var reasonError = json(approvalWithoutReason.body()).get("errors").get(0);
        assertThat(reasonError.get("path").asString()).isEqualTo("rationale");
        assertThat(reasonError.get("message").asString()).isEqualTo("is required: say why you approve");

        var unknownField = api.post(base + "/decision", "pm", "{\"decision\": \"APPROVE\", \"version\": 1, \"why\": \"x\"}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(json(unknownField.body()).get("errors").get(0).get("path").asString()).isEqualTo("why");

        var badEnum = api.post(base + "/decision", "pm", "{\"decision\": \"MAYBE\", \"version\": 1}");
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat(json(badEnum.body()).get("errors").get(0).get("path").asString()).isEqualTo("decision");

        var changes = api.post(base + "/decision", "pm", "{\"decision\": \"REQUEST_CHANGES\", \"version\": 1, \"rationale\": \"Name the sponsor\"}");
        assertThat(changes.statusCode()).isEqualTo(200);
        assertThat(json(changes.body()).get("status").asString()).isEqualTo("CHANGES_REQUESTED");

        var again = api.post(base + "/decision", "pm", "{\"decision\": \"APPROVE\", \"version\": 1, \"rationale\": \"Evidence is solid and the cost is small\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again.body()).get("message").asString()).contains("changes requested");

        var current = json(api.get(base, "engineer").body());
        ((tools.jackson.databind.node.ObjectNode) current.get("problem")).put("sponsor", "COO");
        var edited = api.put(base, "engineer", current.toString(), null);
        assertThat(edited.statusCode()).isEqualTo(200);
        var withoutNote = api.post(base + "/submit", "engineer", "{\"version\": " + json(edited.body()).get("version").asLong() + "}");
        assertThat(withoutNote.statusCode()).isEqualTo(400);
        assertThat(withoutNote.body()).contains("changes").contains("say what you changed");
        var resubmitted = api.post(base + "/submit", "engineer", "{\"version\": " + json(edited.body()).get("version").asLong()
                + ", \"changes\": \"Sponsor named\"}");
        assertThat(resubmitted.statusCode()).isEqualTo(200);

        var stale = api.post(base + "/decision", "pm", "{\"decision\": \"APPROVE\", \"version\": 1, \"rationale\": \"Evidence is solid and the cost is small\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale.body()).get("message").asString()).contains("version under review is 2");

        var approved = api.post(base + "/decision", "pm", "{\"decision\": \"APPROVE_WITH_CONDITIONS\", \"version\": 2, "
                + "\"conditions\": [\"Monitor false alarms monthly\"], \"rationale\": \"Good case\"}");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json(approved.body()).get("status").asString()).isEqualTo("APPROVED_WITH_CONDITIONS");

        var versions = json(api.get(base + "/versions", "engineer").body());
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("submittedBy").asString()).isEqualTo("engineer");

        var compare = json(api.get(base + "/versions/compare?from=1&to=2", "pm").body());
        assertThat(compare.get("changes").valueStream().map(c -> c.get("path").asString())).contains("problem.sponsor");

        var frozen = json(api.get(base + "/versions/1", "pm").body());
        var latest = json(api.get(base + "/versions/2", "pm").body());
        assertThat(frozen.get("document").get("problem").path("sponsor").asString("")).isNotEqualTo("COO");
        assertThat(latest.get("document").get("problem").get("sponsor").asString()).isEqualTo("COO");
        assertThat(latest.get("score").get("modelVersion").asString()).isNotBlank();

        var decisions = json(api.get(base + "/decisions", "engineer").body());
        assertThat(decisions.get(1).get("conditions").get(0).asString()).isEqualTo("Monitor false alarms monthly");

        var audit = json(api.get(base + "/audit", "engineer").body());
        assertThat(audit.valueStream().map(a -> a.get("action").asString()))
                .containsExactly("CREATED", "SUBMITTED", "DECIDED", "CHANGED", "SUBMITTED", "DECIDED");
    }

    @Test
    void a_failed_sign_in_is_audited_and_the_admin_can_filter_for_it() throws Exception {
        var failed = api.get("/api/v1/assessments", "intruder");
        assertThat(failed.statusCode()).isEqualTo(401);
        var trail = json(api.get("/api/v1/admin/audit?action=LOGIN_FAILED&actor=intruder", "admin").body());
        assertThat(trail.get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(trail.get("content").get(0).get("actor").asString()).isEqualTo("intruder");
        var bad = api.get("/api/v1/admin/audit?action=NOPE", "admin");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).get("errors").get(0).get("path").asString()).isEqualTo("action");
    }

    @Test
    void the_last_admin_cannot_be_removed_and_bad_model_parameters_name_the_field() throws Exception {
        var demote = api.put("/api/v1/admin/users/admin", "admin", "{\"roles\": [\"ENGINEER\"]}", null);
        assertThat(demote.statusCode()).isEqualTo(400);
        assertThat(json(demote.body()).get("errors").get(0).get("path").asString()).isEqualTo("roles");
        var disable = api.put("/api/v1/admin/users/admin", "admin", "{\"enabled\": false}", null);
        assertThat(disable.statusCode()).isEqualTo(400);
        assertThat(json(disable.body()).get("errors").get(0).get("path").asString()).isEqualTo("enabled");

        // several changes at once are all applied or none: a bad password keeps the new roles out too
        api.post("/api/v1/admin/users", "admin", "{\"username\": \"atomic\", \"displayName\": \"Atomic\", "
                + "\"password\": \"atomic-password\", \"roles\": [\"ENGINEER\"]}");
        var half = api.put("/api/v1/admin/users/atomic", "admin", "{\"roles\": [\"LEADERSHIP\"], \"password\": \"short\"}", null);
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(json(half.body()).get("errors").get(0).get("path").asString()).isEqualTo("password");
        var unchanged = json(api.get("/api/v1/admin/users", "admin").body());
        var atomic = java.util.stream.StreamSupport.stream(unchanged.spliterator(), false)
                .filter(u -> u.get("username").asString().equals("atomic")).findFirst().orElseThrow();
        assertThat(atomic.get("roles").toString()).isEqualTo("[\"ENGINEER\"]");
        // the roles change is applied first, then disabling the last admin is refused: the roles change is undone, unaudited
        var late = api.put("/api/v1/admin/users/admin", "admin", "{\"roles\": [\"ADMIN\", \"ENGINEER\"], \"enabled\": false}", null);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(json(late.body()).get("errors").get(0).get("path").asString()).isEqualTo("enabled");
        var admin = java.util.stream.StreamSupport.stream(json(api.get("/api/v1/admin/users", "admin").body()).spliterator(), false)
                .filter(u -> u.get("username").asString().equals("admin")).findFirst().orElseThrow();
        assertThat(admin.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(api.get("/api/v1/admin/audit?action=USER_CHANGED&actor=admin&size=100", "admin").body()).doesNotContain("Roles of admin");
        var empty = api.put("/api/v1/admin/users/atomic", "admin", "{}", null);
        assertThat(empty.statusCode()).isEqualTo(400);

        var model = api.post("/api/v1/admin/scoring-model", "admin", "{\"valueWeight\": 0.5, \"confidenceWeight\": 0.25, "
                + "\"readinessWeight\": 0.15, \"ethicsWeight\": 0.25, \"goThreshold\": 70, \"conditionsThreshold\": 50, "
                + "\"reviseThreshold\": 35, \"complianceCostLevelII\": 10000, \"complianceCostLevelIII\": 50000, "
                + "\"complianceCostLevelIV\": 150000, \"defaultDiscountRate\": 0.1}");
        assertThat(model.statusCode()).isEqualTo(400);
        assertThat(json(model.body()).get("errors").get(0).get("message").asString()).contains("weights must sum to 1");
    }
}
