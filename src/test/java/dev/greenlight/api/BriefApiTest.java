package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import dev.greenlight.TestUsers;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.security.UserService;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class BriefApiTest {

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

    private long sampleId(String title) throws Exception {
        var list = AssessmentJson.mapper().readTree(api.get("/api/v1/assessments?size=50&title=" + title.replace(" ", "%20"), "engineer").body());
        return list.get("content").get(0).get("id").asLong();
    }

    @Test
    void the_brief_downloads_as_an_xlsx_attachment_that_opens() throws Exception {
        var response = api.getBytes("/api/v1/assessments/" + sampleId("Card fraud early warning") + "/brief.xlsx", "lead");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment").contains("card-fraud-early-warning-brief.xlsx"));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(wb.getSheet("Cash flow")).isNotNull();
            assertThat(wb.getName("NetPresentValue")).isNotNull();
        }
    }

    @Test
    void the_word_brief_downloads_as_a_docx_attachment_that_opens() throws Exception {
        var response = api.getBytes("/api/v1/assessments/" + sampleId("Card fraud early warning") + "/brief.docx", "lead");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment").contains("card-fraud-early-warning-brief.docx"));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(response.body()))) {
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("Card fraud early warning");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("Key figures"));
        }
    }

    @Test
    void the_word_brief_has_the_access_rules_of_reading() throws Exception {
        var draft = sampleId("Customer support chatbot");
        assertThat(api.getBytes("/api/v1/assessments/" + draft + "/brief.docx", null).statusCode()).isEqualTo(401);
        assertThat(api.getBytes("/api/v1/assessments/" + draft + "/brief.docx", TestUsers.OTHER_ENGINEER).statusCode()).isEqualTo(403);
        assertThat(api.getBytes("/api/v1/assessments/" + draft + "/brief.docx", "engineer").statusCode()).isEqualTo(200);
        assertThat(api.getBytes("/api/v1/assessments/987654/brief.docx", "engineer").statusCode()).isEqualTo(404);
    }

    @Test
    void access_rules_are_those_of_reading() throws Exception {
        assertThat(api.getBytes("/api/v1/assessments/" + sampleId("Card fraud early warning") + "/brief.xlsx", null).statusCode()).isEqualTo(401);
        var draft = sampleId("Customer support chatbot");
        assertThat(api.getBytes("/api/v1/assessments/" + draft + "/brief.xlsx", TestUsers.OTHER_ENGINEER).statusCode()).isEqualTo(403);
        assertThat(api.getBytes("/api/v1/assessments/" + draft + "/brief.xlsx", "engineer").statusCode()).isEqualTo(200);
        assertThat(api.getBytes("/api/v1/assessments/987654/brief.xlsx", "engineer").statusCode()).isEqualTo(404);
    }

    @Test
    void an_unscored_draft_has_no_brief_yet() throws Exception {
        var created = AssessmentJson.mapper().readTree(api.post("/api/v1/assessments", "engineer", "{\"title\": \"No money yet\"}").body());
        var response = api.get("/api/v1/assessments/" + created.get("id").asLong() + "/brief.xlsx", "engineer");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("financials");
    }
}
