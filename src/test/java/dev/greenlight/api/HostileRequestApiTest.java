package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.TestUsers;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.security.UserService;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Issue 12 through HTTP: every hostile request gets a 4xx with our JSON body naming the field, never a 5xx. */
@ApiTest
class HostileRequestApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    ApiClient api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        TestUsers.create(users);
    }

    private static JsonNode json(String body) {
        return AssessmentJson.mapper().readTree(body);
    }

    private static void assertError(HttpResponse<String> response, int status, String path) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        var body = json(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asString()).isNotBlank();
        if (path != null) {
            assertThat(body.get("errors")).anySatisfy(e -> assertThat(e.get("path").asString()).isEqualTo(path));
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("engineer:engineer".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_control_character_in_the_title_is_a_400_naming_the_title() throws Exception {
        assertError(api.post("/api/v1/assessments", "engineer", "{\"title\": \"Esc\\u001b[31mape\"}"), 400, "title");
        assertError(api.post("/api/v1/assessments", "engineer", "{\"title\": \"Nul\\u0000\"}"), 400, "title");
        assertError(api.post("/api/v1/assessments", "engineer", "{\"title\": \"Half \\ud83d emoji\"}"), 400, "title");
        assertError(api.post("/api/v1/assessments", "engineer", "{\"title\": \"Non\\uFFFEchar\"}"), 400, "title");
    }

    @Test
    void a_null_mitigation_is_a_400_naming_its_index_not_a_500() throws Exception {
        var doc = (ObjectNode) AssessmentJson.mapper().readTree(Files.readString(Path.of("sample-data/01-card-fraud-early-warning.json")));
        ((ObjectNode) doc.get("ethics")).putArray("mitigations").addNull();
        assertError(api.post("/api/v1/assessments", "engineer", doc.toString()), 400, "ethics.mitigations[0]");
        assertError(api.post("/api/v1/score", "engineer", doc.toString()), 400, "ethics.mitigations[0]");
    }

    @Test
    void a_title_is_stored_exactly_as_sent_and_a_number_is_not_a_title() throws Exception {
        var created = api.post("/api/v1/assessments", "engineer", "{\"title\": \"  Padded title \"}");
        assertThat(created.statusCode()).isEqualTo(201);
        var id = json(created.body()).get("id").asLong();
        assertThat(json(api.get("/api/v1/assessments/" + id, "engineer").body()).get("title").asString()).isEqualTo("  Padded title ");
        assertError(api.post("/api/v1/assessments", "engineer", "{\"title\": 123}"), 400, "title");
        assertError(api.post("/api/v1/assessments", "engineer", "{\"title\": \"   \"}"), 400, "title");
    }

    @Test
    void invalid_utf8_is_a_400_naming_the_field_never_a_replacement_character() throws Exception {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\n  \"title\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é: not UTF-8
        bytes.writeBytes("\"\n}".getBytes(StandardCharsets.UTF_8));
        var response = http.send(request("/api/v1/assessments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertError(response, 400, "title");
        assertThat(response.body()).contains("line 2, column 16");
    }

    @Test
    void a_json_syntax_error_names_the_line_and_column() throws Exception {
        var response = api.post("/api/v1/assessments", "engineer", "{\n\"title\": \"A\",\n\"title\": \"B\"}");
        assertError(response, 400, "title");
        assertThat(response.body()).contains("line 3, column");
        assertError(api.post("/api/v1/assessments", "engineer", "{\"title\": \"A\", \"financials\": {\"discountRate\": NaN}}"),
                400, "financials.discountRate");
    }

    @Test
    void a_body_over_the_limit_is_a_413_with_our_body_whether_its_length_is_declared_or_not() throws Exception {
        var big = "{\"title\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        var declared = http.send(request("/api/v1/assessments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(declared, 413, "$");
        // a stream of unknown length is cut off once it passes the limit, never read whole
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        var chunked = http.send(request("/api/v1/assessments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(chunked, 413, "$");
    }

    @Test
    void a_body_under_the_limit_is_read_as_before() throws Exception {
        var text = "y".repeat(9_000);
        var response = api.post("/api/v1/assessments", "engineer", "{\"title\": \"Long statement\", \"problem\": {\"statement\": \"" + text + "\"}}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response.body()).get("problem").get("statement").asString()).isEqualTo(text);
    }

    @Test
    void an_unknown_api_path_is_a_json_404_not_the_app_page() throws Exception {
        assertError(api.get("/api/v1/no-such-thing", "engineer"), 404, null);
        assertError(api.get("/api/nothing/here/either", "engineer"), 404, null);
        assertError(api.post("/api/v2/assessments", "engineer", "{}"), 404, null);
    }

    @Test
    void a_wrong_content_type_is_a_415_and_a_wrong_method_a_405_with_our_body() throws Exception {
        var response = http.send(request("/api/v1/assessments").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertError(response, 415, null);
        var delete = http.send(request("/api/v1/assessments").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertError(delete, 405, null);
    }

    @Test
    void editing_or_submitting_a_submitted_assessment_is_a_409_conflict_and_someone_elses_a_403() throws Exception {
        var doc = Files.readString(Path.of("sample-data/01-card-fraud-early-warning.json"))
                .replace("\"Card fraud early warning\"", "\"Submitted, then edited\"");
        var created = json(api.post("/api/v1/assessments", "engineer", doc).body());
        var id = created.get("id").asLong();
        var submitted = http.send(request("/api/v1/assessments/" + id + "/submit").header("If-Match", "\"0\"")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        var submitVersion = json(submitted.body()).get("version").asLong();
        var edit = (ObjectNode) json(api.get("/api/v1/assessments/" + id, "engineer").body());
        edit.put("summary", "Changed after submitting");
        assertError(api.put("/api/v1/assessments/" + id, "engineer", edit.toString(), null), 409, "status");
        var again = http.send(request("/api/v1/assessments/" + id + "/submit").header("If-Match", "\"" + submitVersion + "\"")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertError(again, 409, "status");
        assertError(api.put("/api/v1/assessments/" + id, TestUsers.OTHER_ENGINEER, edit.toString(), null), 403, null);
    }

    @Test
    void an_absurd_budget_is_a_400_naming_the_budget() throws Exception {
        for (var budget : new String[] {"1e19", "-5", "NaN", "Infinity", "1e300"}) {
            assertError(api.get("/api/v1/portfolio/frontier?budget=" + budget + "&currency=USD", "pm"), 400, "budget");
        }
    }
}
