package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PortfolioWorkbookTest {

    private static final String[] RECOMMENDATIONS = {"GO", "GO_WITH_CONDITIONS", "REVISE", "NO_GO"};

    /** Rows ranked by descending score, as the caller hands them over; every 97th is unscored. */
    static List<PortfolioRow> generated(int count, long seed) {
        var random = new Random(seed);
        var rows = new ArrayList<PortfolioRow>(count);
        double score = 100;
        for (int i = 0; i < count; i++) {
            score -= random.nextDouble() * 100.0 / count;
            boolean scored = i % 97 != 96;
            String title = i % 500 == 0 ? "=HYPERLINK(\"http://x\",\"row " + i + "\")" : "Assessment " + i;
            rows.add(new PortfolioRow(title, "Team " + (i % 17), "owner" + (i % 40) + "@example.com", "In review",
                    scored ? RECOMMENDATIONS[random.nextInt(4)] : null,
                    scored ? score : null, scored ? random.nextDouble() * 100 : null,
                    scored ? random.nextDouble() * 100 : null, scored ? random.nextDouble() * 100 : null,
                    scored ? random.nextDouble() * 100 : null, "USD",
                    scored ? random.nextGaussian() * 1e6 : null, scored ? random.nextGaussian() * 8e5 : null,
                    scored ? random.nextDouble() : null, scored ? random.nextDouble() * 33 : null,
                    scored ? "II" : null, scored ? "HIGH_RISK" : null, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(i)));
        }
        return rows;
    }

    @Test
    void thousands_of_assessments_keep_their_rank_and_a_handful_of_styles() throws IOException {
        List<PortfolioRow> rows = generated(5_000, 42);
        var out = new ByteArrayOutputStream();
        new PortfolioWorkbook().write(rows, out);

        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet(PortfolioWorkbook.DATA_SHEET);
            assertThat(sheet.getLastRowNum()).isEqualTo(5_000);
            for (int i = 0; i < rows.size(); i++) {
                var row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(rows.get(i).title());
                Double score = rows.get(i).score();
                if (score == null) {
                    assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("not scored");
                } else {
                    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(score);
                }
            }
            assertThat(wb.getNumCellStyles()).isLessThan(50);

            var formulaLike = sheet.getRow(1).getCell(1);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isIn("go", "go with conditions", "revise", "no-go");

            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:W5001"); // tracking (issue 15) and the priced non-AI alternative (issue 13) add two columns each
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(4);

            var charts = wb.getSheet(PortfolioWorkbook.CHART_SHEET).getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var series = charts.getFirst().getChartSeries().getFirst().getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("'Assessments'!$P$2:$P$5001");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Assessments'!$N$2:$N$5001");
            assertThat(wb.getSheetIndex(PortfolioWorkbook.CHART_SHEET)).isEqualTo(1);
        }
    }

    @Test
    void an_empty_portfolio_is_still_a_valid_workbook() throws IOException {
        var out = new ByteArrayOutputStream();
        new PortfolioWorkbook().write(List.of(), out);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheet(PortfolioWorkbook.DATA_SHEET).getLastRowNum()).isZero();
            assertThat(wb.getSheet(PortfolioWorkbook.CHART_SHEET)).isNotNull();
        }
    }

    @Test
    void a_tracked_project_has_its_tracking_status_and_variance_and_the_others_leave_them_blank() throws IOException {
        var tracked = new PortfolioRow("Tracked", "Ops", "engineer", "Approved", "GO", 80.0, 80.0, 80.0, 80.0, 80.0, "USD", 1e5,
                8e4, 0.9, 3.0, "I", "MINIMAL", Instant.parse("2027-01-01T00:00:00Z"), "Behind forecast", -20_000.0);
        var untracked = new PortfolioRow("Untracked", "Ops", "engineer", "Submitted", "GO", 70.0, 70.0, 70.0, 70.0, 70.0, "USD",
                1e5, 8e4, 0.9, 3.0, "I", "MINIMAL", Instant.parse("2027-01-01T00:00:00Z"));
        var out = new ByteArrayOutputStream();
        new PortfolioWorkbook().write(List.of(tracked, untracked), out);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet(PortfolioWorkbook.DATA_SHEET);
            assertThat(sheet.getRow(0).getCell(19).getStringCellValue()).isEqualTo("Tracking");
            assertThat(sheet.getRow(0).getCell(20).getStringCellValue()).isEqualTo("Variance vs forecast");
            assertThat(sheet.getRow(1).getCell(19).getStringCellValue()).isEqualTo("Behind forecast");
            assertThat(sheet.getRow(1).getCell(20).getNumericCellValue()).isEqualTo(-20_000);
            var blank = sheet.getRow(2).getCell(20);
            assertThat(blank == null || blank.getCellType() == CellType.BLANK).isTrue();
        }
    }
}
