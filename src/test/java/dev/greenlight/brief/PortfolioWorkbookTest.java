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
            var data = charts.getFirst().getChartSeries().getFirst();
            assertThat(data.getSeriesCount()).as("one series per recommendation present").isEqualTo(4);
            int plotted = 0;
            for (int i = 0; i < data.getSeriesCount(); i++) {
                var series = data.getSeries(i);
                assertThat(series.getCategoryData().getDataRangeReference()).startsWith("'Chart points'!$C$");
                assertThat(series.getValuesData().getDataRangeReference()).startsWith("'Chart points'!$D$");
                plotted += series.getValuesData().getPointCount();
            }
            long scored = rows.stream().filter(r -> r.score() != null).count();
            assertThat(plotted).as("every scored assessment, and only those").isEqualTo(scored);
            assertThat(wb.getSheet(PortfolioChart.POINTS_SHEET).getLastRowNum()).isEqualTo(scored);
            assertThat(wb.getSheet(PortfolioWorkbook.CHART_SHEET).getRow(0).getCell(0).getStringCellValue())
                    .contains((rows.size() - scored) + " assessments are not scored and left out")
                    .contains("Too many points to label");
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

    @Test
    void the_chart_has_a_coloured_labelled_series_per_recommendation_present_and_no_unscored_point() throws IOException {
        var when = Instant.parse("2027-01-01T00:00:00Z");
        var rows = List.of(
                new PortfolioRow("Invoice matching", "Finance", "ada", "Approved", "GO", 82.0, 80.0, 80.0, 80.0, 80.0, "EUR",
                        2e6, 1.5e6, 0.9, 4.0, "I", "MINIMAL", when),
                new PortfolioRow("Unscored draft", "Finance", "ada", "Draft", null, null, null, null, null, null, "EUR",
                        null, null, null, null, null, null, when),
                new PortfolioRow("Churn model", "Growth", "bob", "In review", "NO_GO", 31.0, 30.0, 30.0, 30.0, 30.0, "USD",
                        -2e5, -3e5, 0.3, 20.0, "III", "HIGH_RISK", when),
                new PortfolioRow("Fraud & <alerts>", "Risk", "cy", "Approved", "GO", 78.0, 80.0, 80.0, 80.0, 80.0, "EUR",
                        1e6, 7e5, 0.8, 9.0, "II", "LIMITED", when));
        var out = new ByteArrayOutputStream();
        new PortfolioWorkbook().write(rows, out);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var chart = wb.getSheet(PortfolioWorkbook.CHART_SHEET).getDrawingPatriarch().getCharts().getFirst();
            var data = chart.getChartSeries().getFirst();
            assertThat(data.getSeriesCount()).as("go and no-go are present, the others are not").isEqualTo(2);
            var xml = chart.getCTChart().xmlText();
            assertThat(xml).doesNotContain("Unscored draft");

            var ser = chart.getCTChart().getPlotArea().getScatterChartArray(0).getSerArray();
            assertThat(ser[0].getTx().getV()).isEqualTo("go");
            assertThat(ser[1].getTx().getV()).isEqualTo("no-go");
            assertThat(ser[0].getMarker().getSpPr().getSolidFill().getSrgbClr().getVal())
                    .isNotEqualTo(ser[1].getMarker().getSpPr().getSolidFill().getSrgbClr().getVal());
            assertThat(data.getSeries(0).getValuesData().getPointCount()).isEqualTo(2);
            assertThat(data.getSeries(1).getValuesData().getPointCount()).isEqualTo(1);
            // one label per point, its assessment's title (escaped in the XML, whole in the label)
            assertThat(ser[0].getDLbls().xmlText()).contains("Invoice matching", "Fraud &amp; &lt;alerts");
            assertThat(ser[1].getDLbls().xmlText()).contains("Churn model").doesNotContain("Invoice matching");

            var points = wb.getSheet(PortfolioChart.POINTS_SHEET);
            assertThat(points.getLastRowNum()).isEqualTo(3);
            var titles = new ArrayList<String>();
            for (int r = 1; r <= 3; r++) {
                titles.add(points.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(titles).containsExactly("Invoice matching", "Fraud & <alerts>", "Churn model");
            assertThat(points.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(7e5);
            assertThat(points.getRow(2).getCell(5).getNumericCellValue()).as("rank on the data sheet").isEqualTo(4);
            var chartSheet = wb.getSheet(PortfolioWorkbook.CHART_SHEET);
            assertThat(chartSheet.getRow(0).getCell(0).getStringCellValue()).contains("1 assessment is not scored and left out");
            assertThat(chartSheet.getMergedRegion(0).formatAsString()).as("the caption spans the chart").isEqualTo("A1:N1");
            assertThat(chartSheet.getColumnWidth(0)).as("the chart's columns keep their width").isEqualTo(chartSheet.getColumnWidth(5));
        }
    }

    @Test
    void the_table_prints_landscape_with_its_header_and_titles_on_every_page_and_long_titles_wrapped() throws IOException {
        var when = Instant.parse("2027-01-01T00:00:00Z");
        String longTitle = "Predictive maintenance of the conveyor motors in the three northern distribution centres";
        var rows = List.of(new PortfolioRow(longTitle, "Ops", "ada", "Approved", "GO", 82.0, 80.0, 80.0, 80.0, 80.0, "EUR",
                        2e6, 1.5e6, 0.9, 4.0, "I", "MINIMAL", when),
                new PortfolioRow("Short", "Ops", "ada", "Approved", "GO", 81.0, 80.0, 80.0, 80.0, 80.0, "EUR",
                        2e6, 1.5e6, 0.9, 4.0, "I", "MINIMAL", when));
        var out = new ByteArrayOutputStream();
        new PortfolioWorkbook().write(rows, out);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet(PortfolioWorkbook.DATA_SHEET);
            var print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) PortfolioWorkbook.PRINTED_PAGES_WIDE);
            assertThat(print.getFitHeight()).as("as many pages down as it takes").isZero();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(sheet.isPrintGridlines()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            var title = sheet.getRow(1).getCell(1);
            assertThat(title.getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(1).getHeightInPoints()).as("three lines").isGreaterThanOrEqualTo(45f);
            assertThat(sheet.getRow(2).getHeightInPoints()).as("one line keeps the default").isEqualTo(sheet.getDefaultRowHeightInPoints());
        }
    }
}
