package dev.greenlight.brief;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.lead;
import static dev.greenlight.tracking.TrackedProjects.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.ServiceTest;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.MutableClock;
import dev.greenlight.tracking.TrackedProjects;
import dev.greenlight.tracking.TrackingService;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The brief's Tracking sheet, recalculated by POI's own evaluator, says what the tracking service says. */
@ServiceTest
class TrackingSheetTest {

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        @Primary
        MutableClock trackingSheetClock() {
            return new MutableClock(Instant.parse("2027-05-20T08:00:00Z"));
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    TrackingService tracking;
    @Autowired
    BriefService briefs;

    @Test
    void the_tracking_sheet_recalculates_to_the_services_figures() throws Exception {
        long id = TrackedProjects.approved(assessments, reviews, TrackedProjects.threeYearCase("Sheet motors",
                List.of(new KillRule(KillMeasure.CUMULATIVE_NET_CASH, KillOperator.BELOW, -60_000.0, 3))));
        var m1 = YearMonth.parse(engineer(() -> tracking.report(id)).approvalMonth());
        engineer(() -> tracking.post(id, month(m1.toString(), 12_000, 500, 0, null, 0.4)));
        clock.advance(Duration.ofDays(31));
        engineer(() -> tracking.post(id, month(m1.plusMonths(1).toString(), 15_000, 1_000, 250, 300.0, 0.45)));
        clock.advance(Duration.ofDays(62));
        engineer(() -> tracking.post(id, new dev.greenlight.tracking.CheckInRequest(m1.plusMonths(3).toString(), 40_000.0, null,
                2_000.0, null, 0.5, "rollout")));
        var report = engineer(() -> tracking.report(id));

        var file = lead(() -> briefs.brief(id));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            var sheet = wb.getSheet(BriefWorkbook.TRACKING);
            assertThat(sheet).isNotNull();
            // forget the cached results and let POI compute every formula again
            wb.setForceFormulaRecalculation(true);
            var evaluator = new XSSFFormulaEvaluator(wb);
            evaluator.clearAllCachedResultValues();
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);

            assertThat(named(wb, evaluator, TrackingSheet.ACTUAL_NET_CASH)).isCloseTo(report.actualNetCash(), within(1e-6));
            assertThat(named(wb, evaluator, TrackingSheet.FORECAST_NET_CASH)).isCloseTo(report.forecastNetCash(), within(1e-6));
            assertThat(named(wb, evaluator, TrackingSheet.VARIANCE)).isCloseTo(report.variance(), within(1e-6));
            assertThat(report.actualNetCash()).isEqualTo(-12_500 - 15_750 - 38_000);

            int header = -1;
            for (var row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("Month")) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).isPositive();
            assertThat(sheet.getLastRowNum() - header).isEqualTo(report.months().size());
            for (var m : report.months()) {
                var row = sheet.getRow(header + m.number());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(m.month());
                assertThat(evaluator.evaluate(row.getCell(2)).getNumberValue()).as("forecast month %d", m.number())
                        .isCloseTo(m.forecastNetCash(), within(1e-6));
                assertThat(evaluator.evaluate(row.getCell(3)).getNumberValue()).isCloseTo(m.forecastCumulative(), within(1e-6));
                if (m.actualCumulative() != null) {
                    assertThat(evaluator.evaluate(row.getCell(8)).getNumberValue()).as("actual to month %d", m.number())
                            .isCloseTo(m.actualCumulative(), within(1e-6));
                }
            }
            assertThat(sheet.getRow(header + 3).getCell(7)).as("month 3 was not reported").isNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("Kill criterion met");

            var charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var lines = charts.getFirst().getChartSeries().getFirst();
            assertThat(lines).isInstanceOf(org.apache.poi.xddf.usermodel.chart.XDDFLineChartData.class);
            assertThat(lines.getSeriesCount()).isEqualTo(2);
        }
    }

    private static double named(XSSFWorkbook wb, XSSFFormulaEvaluator evaluator, String name) {
        var ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        var cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        return evaluator.evaluate(cell).getNumberValue();
    }
}
