package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.document.AssessmentJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The reporting currency and exchange-rate endpoints of issue 22: what they accept, and each refusal naming its field. */
@ApiTest
// Changes the reporting currency and stores rates: a context (and database) of its own.
@TestPropertySource(properties = "greenlight.test.context=currency-api")
class CurrencyApiTest {

    private static final String RATES = "/api/v1/admin/exchange-rates";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @AfterEach
    void euroAndNoRates() {
        jdbc.update("delete from exchange_rate");
        jdbc.update("update reporting_currency set currency = 'EUR'");
    }

    private static JsonNode json(HttpResponse<String> response) {
        return AssessmentJson.mapper().readTree(response.body());
    }

    /** A 400 whose one error names {@code field}. */
    private static void refused(HttpResponse<String> response, String field, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        var error = json(response).get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(reason);
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static String ecbDailyFile() throws IOException {
        try (var in = CurrencyApiTest.class.getResourceAsStream("/ecb/eurofxref.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_reporting_currency_is_read_by_anyone_signed_in_and_set_by_an_admin() throws Exception {
        assertThat(api.get("/api/v1/admin/reporting-currency", "engineer").body()).isEqualTo("{\"currency\":\"EUR\"}");
        assertThat(api.put("/api/v1/admin/reporting-currency", "lead", "{\"currency\": \"USD\"}", null).statusCode()).isEqualTo(403);
        var changed = api.put("/api/v1/admin/reporting-currency", "admin", "{\"currency\": \"USD\"}", null);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo("{\"currency\":\"USD\"}");
        assertThat(json(api.get("/api/v1/admin/reporting-currency", "pm")).get("currency").asString()).isEqualTo("USD");
        assertThat(api.get("/api/v1/admin/reporting-currency", null).statusCode()).isEqualTo(401);
    }

    @Test
    void an_unknown_or_missing_reporting_currency_is_refused_naming_the_field() throws Exception {
        refused(api.put("/api/v1/admin/reporting-currency", "admin", "{\"currency\": \"XXY\"}", null), "currency",
                "not an ISO 4217 currency code");
        refused(api.put("/api/v1/admin/reporting-currency", "admin", "{}", null), "currency", "is required");
        refused(api.put("/api/v1/admin/reporting-currency", "admin", "{\"currency\": 978}", null), "currency", "wrong type");
        refused(api.put("/api/v1/admin/reporting-currency", "admin", "{\"code\": \"USD\"}", null), "code", "is not a field");
        assertThat(json(api.get("/api/v1/admin/reporting-currency", "admin")).get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void a_typed_rate_is_stored_as_sent_and_listed_newest_first_for_admins_only() throws Exception {
        var created = api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": 1.0842, \"validFrom\": \"2026-12-01\","
                + " \"source\": \"ECB\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var rate = json(created);
        assertThat(rate.get("currency").asString()).isEqualTo("USD");
        assertThat(rate.get("perReportingUnit").decimalValue()).isEqualByComparingTo("1.0842");
        assertThat(rate.get("validFrom").asString()).isEqualTo("2026-12-01");
        assertThat(rate.get("source").asString()).isEqualTo("ECB");
        assertThat(rate.get("quotedPer").asString()).isEqualTo("EUR");
        api.post(RATES, "admin", "{\"currency\": \"GBP\", \"perReportingUnit\": 0.85, \"validFrom\": \"2026-12-02\"}");
        var listed = json(api.get(RATES, "admin"));
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(0).get("currency").asString()).isEqualTo("GBP");
        assertThat(listed.get(0).get("source").asString()).isEqualTo("typed");
        assertThat(json(api.get(RATES + "?currency=USD", "admin")).size()).isEqualTo(1);
        assertThat(api.get(RATES, "lead").statusCode()).isEqualTo(403);
        assertThat(api.post(RATES, "pm", "{\"currency\": \"USD\", \"perReportingUnit\": 1.1, \"validFrom\": \"2026-12-01\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void each_bad_rate_is_refused_naming_its_field_and_nothing_is_stored() throws Exception {
        String day = "\"validFrom\": \"" + today() + "\"";
        refused(api.post(RATES, "admin", "{\"currency\": \"XXY\", \"perReportingUnit\": 1.1, " + day + "}"), "currency", "not an ISO 4217");
        refused(api.post(RATES, "admin", "{\"currency\": \"EUR\", \"perReportingUnit\": 1.1, " + day + "}"), "currency",
                "is the reporting currency");
        refused(api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": 0, " + day + "}"), "perReportingUnit",
                "must be more than 0");
        refused(api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": -1.08, " + day + "}"), "perReportingUnit",
                "must be more than 0");
        refused(api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": \"1.08\", " + day + "}"), "perReportingUnit",
                "wrong type");
        refused(api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": 1.08, \"validFrom\": \""
                + LocalDate.now(ZoneOffset.UTC).plusDays(2) + "\"}"), "validFrom", "is in the future");
        refused(api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": 1.08, \"validFrom\": \"2026-13-01\"}"),
                "validFrom", "wrong type");
        refused(api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": 1.08, \"validFrom\": \"1 Dec 2026\"}"),
                "validFrom", "wrong type");
        refused(api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": 1.08}"), "validFrom", "is required");
        refused(api.post(RATES, "admin", "{\"currency\": \"USD\", \"perReportingUnit\": 1.08, " + day + ", \"rate\": 1}"), "rate",
                "is not a field");
        assertThat(json(api.get(RATES, "admin")).size()).isZero();
    }

    @Test
    void the_ecb_file_as_published_is_imported_and_a_malformed_one_is_refused_naming_its_line_with_nothing_stored() throws Exception {
        var imported = api.send("POST", RATES + "/ecb", "admin", "text/csv", ecbDailyFile());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("rates").asInt()).isEqualTo(30);
        assertThat(json(imported).get("first").asString()).isEqualTo("2024-09-26");
        assertThat(json(api.get(RATES + "?size=1000", "admin")).size()).isEqualTo(30);

        var malformed = api.send("POST", RATES + "/ecb", "admin", "text/csv",
                "Date,USD,GBP,\n2024-09-30,1.1196,0.83655,\n2024-09-27,1.1158,0,83\n");
        refused(malformed, "line 3", "has 3 rates for the 2 currencies");
        assertThat(json(malformed).get("message").asString()).contains("nothing was imported");
        assertThat(json(api.get(RATES + "?size=1000", "admin")).size()).as("nothing of the refused file").isEqualTo(30);

        assertThat(api.send("POST", RATES + "/ecb", "admin", "application/json", "{}").statusCode()).isEqualTo(415);
        assertThat(api.send("POST", RATES + "/ecb", "lead", "text/csv", ecbDailyFile()).statusCode()).isEqualTo(403);
    }
}
