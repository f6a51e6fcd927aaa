package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word brief re-opened with POI, and converted by LibreOffice where it is installed. */
class BriefDocumentTest {

    private static BriefData fraud() {
        var sample = SampleBriefs.brief(SampleBriefs.files().findFirst().orElseThrow());
        return new BriefData(sample.title(), sample.author(), "Approved with conditions",
                "Approved with conditions on version 1 by Pat Manager: worth it", List.of("Bias testing before launch"),
                sample.score(), sample.financials(), sample.kpiName(), sample.kpiBaseline(), sample.kpiTarget(),
                sample.kpiUnit(), "Stop if recall is below 0.50 from month 6", sample.riskRegister(), sample.mitigations(),
                sample.answers(), List.of(new BriefData.HistoryEntry(Instant.parse("2026-11-02T09:30:00Z"), "Ada Engineer",
                        "Submitted version 1\nwith a second line")));
    }

    private static XWPFDocument reopened(BriefData data) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new BriefDocument().write(data)));
    }

    @Test
    void headings_use_words_built_in_heading_styles() throws IOException {
        try (var doc = reopened(fraud())) {
            var headings = doc.getParagraphs().stream().filter(p -> WordStyles.HEADING_1.equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("Recommendation", "Business case", "Key figures", "Conditions", "Risks",
                    "Success metric and kill criteria", "Decision history");
            assertThat(doc.getStyles().getStyle(WordStyles.HEADING_1).getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle(WordStyles.HEADING_2).getName()).isEqualTo("heading 2");
            assertThat(doc.getStyles().getStyle(WordStyles.TITLE).getName()).isEqualTo("Title");
            assertThat(doc.getParagraphs().getFirst().getStyle()).isEqualTo(WordStyles.TITLE);
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("Card fraud early warning");
        }
    }

    @Test
    void the_key_figures_table_carries_the_scored_figures() throws IOException {
        var data = fraud();
        var f = data.score().financials();
        try (var doc = reopened(data)) {
            var table = tableStartingWith(doc, "Figure");
            assertThat(cell(table, "NPV")).isEqualTo(Cells.moneyText(f.npv()) + " " + f.currency());
            assertThat(cell(table, "Risk-adjusted NPV")).isEqualTo(Cells.moneyText(f.riskAdjustedNpv()) + " " + f.currency());
            assertThat(cell(table, "Chance the NPV is positive"))
                    .isEqualTo(String.format(java.util.Locale.US, "%.1f %%", f.monteCarlo().probabilityNpvPositive() * 100));
            assertThat(cell(table, "Build cost")).isEqualTo(Cells.moneyText(f.buildCost()) + " " + f.currency());
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void the_business_case_conditions_kill_criteria_and_history_are_there() throws IOException {
        var data = fraud();
        try (var doc = reopened(data)) {
            var text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains(data.score().businessCase(), "\u2022 Bias testing before launch");
            var metric = tableStartingWith(doc, "Success metric");
            assertThat(cell(metric, "Kill criteria")).isEqualTo("Stop if recall is below 0.50 from month 6");
            assertThat(cell(metric, "Baseline")).isEqualTo("13,300,000 " + data.kpiUnit());
            var history = tableStartingWith(doc, "When");
            assertThat(history.getRow(1).getCell(0).getText()).isEqualTo("2026-11-02 09:30 UTC");
            assertThat(history.getRow(1).getCell(1).getText()).isEqualTo("Ada Engineer");
            assertThat(history.getRow(1).getCell(2).getText()).isEqualTo("Submitted version 1\nwith a second line");
            assertThat(text).contains("Latest decision: Approved with conditions on version 1 by Pat Manager: worth it");
        }
    }

    @Test
    void user_text_that_looks_like_markup_stays_text_and_fractions_keep_their_digits() throws IOException {
        var sample = fraud();
        var hostile = new BriefData("<w:p>=cmd|' /C calc'!A0 & \"quotes\"", sample.author(), sample.status(), null,
                List.of(), sample.score(), sample.financials(), "Recall", 0.42, null, null, null, sample.riskRegister(),
                sample.mitigations(), sample.answers(), List.of());
        try (var doc = reopened(hostile)) {
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("<w:p>=cmd|' /C calc'!A0 & \"quotes\"");
            var metric = tableStartingWith(doc, "Success metric");
            assertThat(cell(metric, "Kill criteria")).isEqualTo("None given");
            assertThat(cell(metric, "Baseline")).as("a fraction is not rounded away").isEqualTo("0.42");
            assertThat(cell(metric, "Target")).isEqualTo("Not set");
        }
    }

    @Test
    void libre_office_reads_the_brief(@TempDir Path dir) throws Exception {
        var soffice = Path.of("/usr/bin/soffice");
        if (!Files.isExecutable(soffice) && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("LibreOffice is required on CI: apt-get install libreoffice-writer-nogui");
        }
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed: apt-get install libreoffice-writer-nogui");
        var data = fraud();
        var docx = dir.resolve("brief.docx");
        Files.write(docx, new BriefDocument().write(data));
        var process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "txt:Text", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        var text = Files.readString(dir.resolve("brief.txt"));
        assertThat(text).contains("Card fraud early warning", "Key figures", data.score().businessCase(),
                Cells.moneyText(data.score().financials().npv()));
    }

    private static XWPFTable tableStartingWith(XWPFDocument doc, String header) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(header)).findFirst().orElseThrow();
    }

    private static String cell(XWPFTable table, String label) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst().orElseThrow()
                .getCell(1).getText();
    }
}
