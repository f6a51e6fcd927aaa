package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.document.AssessmentJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21 item 7, the error paths the attack run found outside the controllers: each answers our JSON error body
 * ({@code status}, {@code message}, {@code errors}) with an honest status, never a 500 or an HTML page.
 */
@ApiTest
class ErrorPathsApiTest {

    @LocalServerPort
    int port;
    ApiClient api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private HttpResponse<String> raw(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode assertError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        var body = AssessmentJson.mapper().readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("errors").isArray()).isTrue();
        return body;
    }

    @Test
    void asking_for_the_error_page_itself_is_a_404_not_a_500() throws Exception {
        var body = assertError(raw("/error", "application/json"), 404);
        assertThat(body.get("message").asString()).isEqualTo("No such resource: GET /error");
        assertError(raw("/error", "text/html"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/assessments;jsessionid=0123456789ABCDEF", "/api/v1/assessments/1;jsessionid=abc",
            "/login;jsessionid=abc", "/api/v1/assess%00ments", "/api/v1/assessments/%00", "/%00"})
    void a_path_the_server_refuses_gets_our_json_error_not_an_html_page(String path) throws Exception {
        for (var accept : new String[] {"application/json", "text/html", "*/*"}) {
            var body = assertError(raw(path, accept), 400);
            assertThat(body.toString()).doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void the_api_documentation_describes_json_tree_answers_as_objects() throws Exception {
        var docs = AssessmentJson.mapper().readTree(api.get("/v3/api-docs", null).body());
        var answer = docs.at("/paths/~1api~1v1~1assessments~1{id}/get/responses/200/content");
        assertThat(answer.propertyNames()).as("a documented body for GET /api/v1/assessments/{id}").isNotEmpty();
        var schema = answer.values().iterator().next().get("schema");
        assertThat(schema.get("type").asString()).isEqualTo("object");
        var version = docs.at("/paths/~1api~1v1~1assessments~1{id}~1versions~1{number}/get/responses/200/content");
        assertThat(version.toString()).doesNotContain("JsonNode");
        assertThat(docs.at("/components/schemas").propertyNames()).as("Jackson's tree types are not documented as beans")
                .doesNotContain("JsonNode", "ObjectNode");
    }

    @Test
    void lists_refuse_a_negative_page_or_an_impossible_size_naming_the_field() throws Exception {
        for (var list : new String[] {"/api/v1/admin/audit", "/api/v1/review-queue", "/api/v1/re-review-queue", "/api/v1/assessments"}) {
            var user = list.contains("admin") ? "admin" : "pm";
            var negative = assertError(api.get(list + "?page=-1", user), 400);
            assertThat(negative.get("errors").get(0).get("path").asString()).as(list).isEqualTo("page");
            var zero = assertError(api.get(list + "?size=0", user), 400);
            assertThat(zero.get("errors").get(0).get("path").asString()).as(list).isEqualTo("size");
            assertError(api.get(list + "?size=201", user), 400);
            assertThat(api.get(list + "?page=0&size=200", user).statusCode()).as(list).isEqualTo(200);
        }
    }
}
