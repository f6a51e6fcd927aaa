package dev.greenlight.brief;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.ServiceTest;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.review.ReviewService;
import dev.greenlight.tracking.CheckInRequest;
import dev.greenlight.tracking.ObservedValues;
import dev.greenlight.tracking.TrackedProjects;
import dev.greenlight.tracking.TrackingService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Tracking sheet's re-forecast (PRODUCT.md §10.1) is a live formula of the observed inputs: it recalculates to the
 * service's figure, and after an observed value is changed, saved and opened again, to the figure the service computes
 * for the new value.
 */
@ServiceTest
class ReforecastSheetTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    TrackingService tracking;
    @Autowired
    BriefService briefs;

    @Test
    void the_re_forecast_npv_follows_an_observed_value_changed_in_the_workbook() throws Exception {
        long id = TrackedProjects.approved(assessments, reviews, TrackedProjects.detectionCase("Sheet drift",
                List.of(new KillRule(KillMeasure.REFORECAST_NPV, KillOperator.BELOW, 0.0, 1))));
        var month = engineer(() -> tracking.report(id)).approvalMonth();
        engineer(() -> tracking.post(id, new CheckInRequest(month, 0.0, 0.0, 0.0, null, null,
                List.of(new ObservedValues(0, 0.6, 0.4, null, null, null)), null)));
        var report = engineer(() -> tracking.report(id));

        byte[] changed;
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(lead(() -> briefs.brief(id)).bytes()))) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(named(wb, evaluator, ReforecastRows.REFORECAST_NPV)).isCloseTo(report.reforecast().npv(), within(0.01));
            assertThat(named(wb, evaluator, ReforecastRows.OBSERVED_BENEFIT)).isCloseTo(report.reforecast().annualBenefit(), within(0.01));
            cell(wb, ReforecastRows.observed(1, "recall")).setCellValue(0.2);
            var out = new ByteArrayOutputStream();
            wb.write(out);
            changed = out.toByteArray();
        }
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(changed))) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            // the service's figure for recall 0.2, precision 0.4: B = 1,000·0.2·500 − 20·1,000·0.2/0.4 = 90,000
            double factor = 0.5 / 1.1 + 1 / 1.21 + 1 / 1.331;
            assertThat(named(wb, evaluator, ReforecastRows.REFORECAST_NPV))
                    .isCloseTo(report.reforecast().approvedNpv() + (90_000 - 368_000) * factor, within(0.01));
        }
    }

    @Test
    void both_briefs_say_the_outside_view_or_how_many_more_tracked_projects_it_needs() throws Exception {
        long id = TrackedProjects.approved(assessments, reviews, TrackedProjects.detectionCase("Brief outside view", List.of()));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(lead(() -> briefs.brief(id)).bytes()))) {
            var texts = new java.util.ArrayList<String>();
            wb.getSheet("Brief").forEach(row -> row.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            }));
            assertThat(texts).contains("Outside view");
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("The outside view needs 3 tracked projects").endsWith("needed."));
        }
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(lead(() -> briefs.wordBrief(id)).bytes()))) {
            assertThat(doc.getParagraphs()).extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .contains("Outside view").anySatisfy(t -> assertThat(t).startsWith("The outside view needs 3 tracked projects"));
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(XSSFWorkbook wb, String name) {
        var ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static double named(XSSFWorkbook wb, XSSFFormulaEvaluator evaluator, String name) {
        return evaluator.evaluate(cell(wb, name)).getNumberValue();
    }
}
