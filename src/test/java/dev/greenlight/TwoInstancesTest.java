package dev.greenlight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.document.AssessmentJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two instances of Greenlight on one PostgreSQL agree (issue 12, item 12): a scoring model saved on one scores on
 * the other, a decision taken on one is what the other shows, and the sign-in throttle's limit is one limit for both
 * (issue 21 item 5). Each is a whole application on its own port; they talk to each other only through the database.
 */
class TwoInstancesTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start_two_instances_on_one_database() throws Exception {
        var name = "gl_two_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = PostgresTestDatabase.server().getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + name);
        }
        var url = PostgresTestDatabase.server().getJdbcUrl("postgres", name);
        first = start(url, "one");
        second = start(url, "two");
    }

    @AfterAll
    static void stop() {
        for (var instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void two_instances_on_one_postgresql_agree_on_the_model_and_the_decisions() throws Exception {
        // a model saved on the first instance scores on the second, which had scored with the old one
        var sample = Files.readString(Path.of("sample-data/04-predictive-maintenance-conveyor-motors.json"));
        var before = json(send(second, "engineer", "POST", "/api/v1/score", sample, 200)).get("modelVersion").asString();
        var parameters = (ObjectNode) json(send(first, "admin", "GET", "/api/v1/admin/scoring-model", null, 200)).get(0).get("parameters");
        parameters.put("complianceCostLevelII", parameters.get("complianceCostLevelII").asDouble() + 1_000);
        var saved = json(send(first, "admin", "POST", "/api/v1/admin/scoring-model", parameters.toString(), 201)).get("version").asString();
        assertThat(saved).isNotEqualTo(before);
        var scored = json(send(second, "engineer", "POST", "/api/v1/score", sample, 200));
        assertThat(scored.get("modelVersion").asString()).as("the second instance scores with the model saved on the first").isEqualTo(saved);

        // a decision taken on the first instance is what the second shows
        var doc = (ObjectNode) AssessmentJson.mapper().readTree(sample);
        doc.put("title", "Decided on one, seen on two");
        var created = json(send(second, "engineer", "POST", "/api/v1/assessments", doc.toString(), 201));
        var id = created.get("id").asLong();
        send(second, "engineer", "POST", "/api/v1/assessments/" + id + "/submit", "{\"version\": " + created.get("version").asLong() + "}", 200);
        send(first, "pm", "POST", "/api/v1/assessments/" + id + "/decision", "{\"decision\": \"APPROVE\", \"version\": 1, \"rationale\": \"Evidence is solid and the cost is small\"}", 200);
        assertThat(json(send(second, "engineer", "GET", "/api/v1/assessments/" + id, null, 200)).get("status").asString())
                .isEqualTo("APPROVED");
        assertThat(json(send(second, "engineer", "GET", "/api/v1/assessments/" + id + "/decisions", null, 200)).toString())
                .contains("APPROVE");
    }

    @Test
    void wrong_passwords_on_one_instance_count_on_the_other() throws Exception {
        // the default limit: 5 password checks per user name and client address in 15 minutes
        for (int i = 0; i < 3; i++) {
            assertThat(status(first, "lead", "guess-" + i)).isEqualTo(401);
        }
        for (int i = 3; i < 5; i++) {
            assertThat(status(second, "lead", "guess-" + i)).isEqualTo(401);
        }
        assertThat(status(first, "lead", "guess-5")).as("the sixth guess, on the first instance").isEqualTo(429);
        assertThat(status(second, "lead", "lead")).as("the same limit on the second, even for the right password").isEqualTo(429);
        assertThat(status(second, "engineer", "engineer")).as("other users are not affected").isEqualTo(200);
    }

    private static int status(ConfigurableApplicationContext instance, String user, String password) throws Exception {
        SecurityContextHolder.setContextHolderStrategy(instance.getBean(SecurityContextHolderStrategy.class));
        var port = instance.getEnvironment().getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assessments"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static ConfigurableApplicationContext start(String url, String name) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--spring.application.name=greenlight-" + name);
    }

    /**
     * A request to one instance. Both run in this JVM, and each installed its own security-context strategy as the
     * global one (in production each has a JVM of its own): the instance asked must be the one whose strategy is
     * global while it answers, or code reading the global holder would find nobody signed in.
     */
    private static String send(ConfigurableApplicationContext instance, String user, String method, String path, String body, int expected)
            throws Exception {
        SecurityContextHolder.setContextHolderStrategy(instance.getBean(SecurityContextHolderStrategy.class));
        var port = instance.getEnvironment().getProperty("local.server.port");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    private static JsonNode json(String body) {
        return AssessmentJson.mapper().readTree(body);
    }
}
