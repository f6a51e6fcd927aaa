package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.document.AssessmentJson;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portfolio endpoints with the demo data: who may call them, and what they return. */
@ApiTest
class PortfolioApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void the_portfolio_workbook_downloads_ranked_and_filtered() throws Exception {
        var response = api.getBytes("/api/v1/portfolio.xlsx", "lead");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment").containsPattern("greenlight-portfolio-\\d{4}-\\d{2}-\\d{2}\\.xlsx"));
        var list = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio?size=100", "lead").body());
        long total = list.get("totalElements").asLong();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = wb.getSheet("Assessments");
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            for (int i = 1; i <= total; i++) {
                assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo(list.get("content").get(i - 1).get("title").asString());
            }
            int owner = java.util.stream.IntStream.range(0, sheet.getRow(0).getLastCellNum())
                    .filter(c -> sheet.getRow(0).getCell(c).getStringCellValue().equals("Owner")).findFirst().orElseThrow();
            var owners = java.util.stream.IntStream.rangeClosed(1, (int) total)
                    .mapToObj(i -> sheet.getRow(i).getCell(owner).getStringCellValue()).collect(java.util.stream.Collectors.toSet());
            assertThat(owners).as("owners by display name (the sample data's author)").contains("Erin Engineer").doesNotContain("engineer");
        }
        var goOnly = api.getBytes("/api/v1/portfolio.xlsx?recommendation=GO", "pm");
        int goRows;
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(goOnly.body()))) {
            var sheet = wb.getSheet("Assessments");
            goRows = sheet.getLastRowNum();
            assertThat(goRows).isPositive().isLessThan((int) total);
            for (int i = 1; i <= goRows; i++) {
                assertThat(sheet.getRow(i).getCell(5).getStringCellValue()).isEqualTo("go");
            }
        }
        var trail = AssessmentJson.mapper().readTree(api.get("/api/v1/admin/audit?actor=pm&action=EXPORTED", "admin").body()).get("content");
        assertThat(trail.size()).isPositive();
        assertThat(trail.get(0).get("detail").asString())
                .startsWith("Exported the portfolio workbook greenlight-portfolio-")
                .endsWith(": " + goRows + (goRows == 1 ? " project" : " projects") + ", filter: recommendation GO");
    }

    @Test
    void the_list_is_ranked_by_score_and_carries_the_headline() throws Exception {
        var list = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio", "admin").body());
        var content = list.get("content");
        assertThat(content.size()).isGreaterThan(1);
        for (int i = 1; i < content.size(); i++) {
            assertThat(content.get(i).get("score").asDouble()).isLessThanOrEqualTo(content.get(i - 1).get("score").asDouble());
            assertThat(content.get(i).get("status").asString()).isNotEqualTo("DRAFT");
        }
        assertThat(list.get("headline").get("count").asLong()).isEqualTo(list.get("totalElements").asLong());
        var byTitle = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio?sort=TITLE&descending=false", "admin").body());
        assertThat(byTitle.get("content").get(0).get("title").asString())
                .isLessThanOrEqualTo(byTitle.get("content").get(1).get("title").asString());
    }

    @Test
    void the_budget_frontier_stays_within_the_budget() throws Exception {
        var body = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio/frontier?budget=10000000&currency=USD", "lead").body());
        assertThat(body.get("totalCost").asDouble()).isLessThanOrEqualTo(10_000_000);
        assertThat(body.get("exact").asBoolean()).isTrue();
        assertThat(body.get("projects").size()).isPositive();
        for (var p : body.get("projects")) {
            assertThat(p.get("recommendation").asString()).isNotEqualTo("NO_GO");
            assertThat(p.get("currency").asString()).isEqualTo("USD");
        }
        // without a currency the budget is in the filtered set's most common one
        var list = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio", "lead").body());
        var unnamed = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio/frontier?budget=10000000", "lead").body());
        assertThat(unnamed.get("currency").asString()).isEqualTo(list.get("headline").get("currencies").get(0).asString());
    }

    @Test
    void a_filter_parameter_may_be_repeated_for_several_values() throws Exception {
        var both = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio?status=SUBMITTED&status=APPROVED&size=500", "pm").body());
        var submitted = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio?status=SUBMITTED&size=500", "pm").body());
        var approved = AssessmentJson.mapper().readTree(api.get("/api/v1/portfolio?status=APPROVED&size=500", "pm").body());
        assertThat(submitted.get("totalElements").asLong()).isPositive();
        assertThat(both.get("totalElements").asLong())
                .isEqualTo(submitted.get("totalElements").asLong() + approved.get("totalElements").asLong());
        for (var row : both.get("content")) {
            assertThat(row.get("status").asString()).isIn("SUBMITTED", "APPROVED");
        }
    }

    @Test
    void anonymous_callers_get_401_and_engineers_403() throws Exception {
        for (var path : new String[] {"/api/v1/portfolio.xlsx", "/api/v1/portfolio", "/api/v1/portfolio/frontier?budget=1"}) {
            assertThat(api.getBytes(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(api.getBytes(path, "engineer").statusCode()).as(path).isEqualTo(403);
        }
        assertThat(api.getBytes("/api/v1/portfolio.xlsx", "pm").statusCode()).isEqualTo(200);
        assertThat(api.getBytes("/api/v1/portfolio.xlsx", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void bad_parameters_name_the_field() throws Exception {
        var negative = api.get("/api/v1/portfolio/frontier?budget=-5", "lead");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"path\":\"budget\"");
        var size = api.get("/api/v1/portfolio?size=0", "lead");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("\"path\":\"size\"");
        var status = api.get("/api/v1/portfolio?status=MAYBE", "lead");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("\"path\":\"status\"");
        var text = api.get("/api/v1/portfolio?q=" + "x".repeat(201), "lead");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("\"path\":\"text\"");
    }
}
