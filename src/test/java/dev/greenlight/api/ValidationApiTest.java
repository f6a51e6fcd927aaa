package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.TestUsers;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.security.UserService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /api/v1/assessments/{id}/validation?line=N} (PRODUCT.md §9.1): a CSV in, the curve kept and scored with
 * method 3; every refusal a 400 naming the line and column, and nothing stored changes. The upload limit is set
 * low here so that a file over it is cheap to send.
 */
@ApiTest
@TestPropertySource(properties = "greenlight.validation.max-upload=64KB")
class ValidationApiTest {

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

    /** The fraud sample as a draft of {@code engineer}: line 0 is a DETECTION line, line 1 a plain one. */
    private long fraudDraft() throws Exception {
        var sample = (ObjectNode) json(Files.readString(Path.of("sample-data/01-card-fraud-early-warning.json")));
        var response = api.post("/api/v1/assessments", "engineer", sample.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body()).get("id").asLong();
    }

    private static String rows(int positives, int negatives) {
        var csv = new StringBuilder("score,label\n");
        for (int i = 0; i < Math.max(positives, negatives); i++) {
            if (i < positives) {
                csv.append(0.5 + 0.4 * i / positives).append(",1\n");
            }
            if (i < negatives) {
                csv.append(0.6 * i / negatives).append(",0\n");
            }
        }
        return csv.toString();
    }

    private java.net.http.HttpResponse<String> upload(long id, String line, String user, String csv) throws Exception {
        return api.send("PUT", "/api/v1/assessments/" + id + "/validation?line=" + line + "&source=fraud.csv", user,
                "text/csv", csv);
    }

    @Test
    void validation_results_measure_the_line_and_the_score_shows_its_curve_and_what_to_learn_first() throws Exception {
        long id = fraudDraft();
        var response = upload(id, "0", "engineer", rows(200, 800));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode validation = json(response.body()).at("/financials/annualBenefits/0/derivedFrom/validation");
        assertThat(validation.get("source").asString()).isEqualTo("fraud.csv");
        assertThat(validation.get("rows").asLong()).isEqualTo(1_000);
        assertThat(validation.get("points").size()).isBetween(900, 1_000); // a few scores repeat

        JsonNode score = json(api.get("/api/v1/assessments/" + id + "/score", "engineer").body());
        assertThat(score.get("method").asInt()).isEqualTo(3);
        JsonNode curve = score.at("/financials/derivedBenefits/0/operatingCurve");
        assertThat(curve.get("points").size()).isBetween(101, 103);
        assertThat(curve.get("recallRange").propertyNames()).containsExactly("low", "likely", "high");
        assertThat(curve.get("chosenThreshold").asDouble()).isEqualTo(curve.get("bestThreshold").asDouble());
        assertThat(score.get("valueOfInformation").get("inputs").size()).isBetween(1, 10);
        assertThat(score.at("/financials/tornado").toString()).contains("Fraud losses avoided: false-positive rate");
    }

    @Test
    void every_bad_file_is_refused_with_where_it_is_wrong_and_nothing_changes() throws Exception {
        long id = fraudDraft();
        long version = json(api.get("/api/v1/assessments/" + id, "engineer").body()).get("version").asLong();
        String good = rows(10, 10);
        String[][] cases = {
                {"0", "score,label\n0.5,1\nabc,0\n" + good.substring(12), "line 3, column 1 (score)"},
                {"0", "score,label\n0.5,1\nNaN,0\n" + good.substring(12), "line 3, column 1 (score)"},
                {"0", "score,label\n0.5,1\nInfinity,0\n" + good.substring(12), "line 3, column 1 (score)"},
                {"0", "score,label\n0.5,maybe\n" + good.substring(12), "line 2, column 2 (label)"},
                {"0", "score,label,weight\n0.5,1,0\n", "line 2, column 3 (weight)"},
                {"0", "score,label,weight\n0.5,1,-2\n", "line 2, column 3 (weight)"},
                {"0", "score,label\n0.5,1,3\n", "line 2"},
                {"0", "score\n0.5\n", "line 1"},
                {"0", "", "file"},
                {"0", rows(9, 50), "file"},
                {"0", rows(50, 9), "file"},
                {"0", rows(6_000, 6_000), "file"}, // over the 64 KB limit set above
                {"1", good, "financials.annualBenefits[1].derivedFrom"},
                {"7", good, "line"},
        };
        for (String[] c : cases) {
            var response = upload(id, c[0], "engineer", c[1]);
            assertThat(response.statusCode()).as(c[2] + ": " + response.body()).isEqualTo(400);
            assertThat(json(response.body()).get("errors").get(0).get("path").asString()).as(response.body())
                    .isEqualTo(c[2]);
        }
        JsonNode after = json(api.get("/api/v1/assessments/" + id, "engineer").body());
        assertThat(after.get("version").asLong()).isEqualTo(version);
        assertThat(after.at("/financials/annualBenefits/0/derivedFrom/validation").isMissingNode()
                || after.at("/financials/annualBenefits/0/derivedFrom/validation").isNull()).isTrue();
    }

    @Test
    void only_the_author_may_measure_a_draft() throws Exception {
        long id = fraudDraft();
        assertThat(upload(id, "0", TestUsers.OTHER_ENGINEER, rows(10, 10)).statusCode()).isEqualTo(403);
    }
}
