package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.EuAiActScreening;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Ethics sheet lists the EU AI Act obligations with their links, who they bind and their dates (issue 14). */
class EthicsSheetEuAiActTest {

    private static List<List<Cell>> ethicsRows(String sample) throws IOException {
        var data = SampleBriefs.brief(Path.of("sample-data", sample));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(new BriefWorkbook().write(data)))) {
            var rows = new ArrayList<List<Cell>>();
            wb.getSheet("Ethics").forEach(row -> {
                var cells = new ArrayList<Cell>();
                row.forEach(cells::add);
                rows.add(cells);
            });
            return rows;
        }
    }

    private static String text(List<List<Cell>> rows) {
        var all = new StringBuilder();
        rows.forEach(r -> r.forEach(c -> all.append(c.toString()).append(" | ")));
        return all.toString();
    }

    @Test
    void the_resume_screener_lists_each_high_risk_duty_with_its_eur_lex_link_role_and_date() throws IOException {
        var rows = ethicsRows("02-resume-screening-assistant.json");

        var article9 = rows.stream().filter(r -> !r.isEmpty() && r.get(0).toString().startsWith("Art. 9: ")).findFirst()
                .orElseThrow();
        assertThat(article9.get(1).getHyperlink().getAddress())
                .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689#art_9");
        assertThat(article9.get(2).toString()).isEqualTo("provider");
        assertThat(article9.get(3).toString()).isEqualTo("2027-12-02");
        assertThat(text(rows)).contains("EU AI Act obligations").contains("Art. 26: ")
                .contains("EU AI Act rules reviewed on " + EuAiActScreening.spoken(EuAiActRulesFile.bundled().lastReviewed()))
                .contains("Date rests on: Council of the EU press release, 29 June 2026");
    }

    @Test
    void the_fraud_detector_says_why_it_is_not_high_risk() throws IOException {
        assertThat(text(ethicsRows("01-card-fraud-early-warning.json")))
                .contains("minimal risk (not high-risk: detecting financial fraud is excluded from Annex III 5(b))")
                .contains("Art. 4: ").doesNotContain("Art. 9: ");
    }

    @Test
    void the_chatbot_carries_its_transparency_and_gpai_duties_with_the_article_50_2_dispute() throws IOException {
        assertThat(text(ethicsRows("03-customer-support-chatbot.json")))
                .contains("Art. 50(1): ").contains("Art. 53(1)(b), Annex XII: ").contains("Sources disagree on Art. 50(2)");
    }
}
