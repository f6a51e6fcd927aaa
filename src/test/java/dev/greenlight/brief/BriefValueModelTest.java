package dev.greenlight.brief;

import static dev.greenlight.brief.BriefWorkbookTest.assertClose;
import static dev.greenlight.brief.BriefWorkbookTest.named;
import static dev.greenlight.brief.BriefWorkbookTest.reopen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.document.AssessmentJson;
import dev.greenlight.scoring.AlternativeResult;
import dev.greenlight.scoring.DerivedBenefit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value models and the alternative in the brief (PRODUCT.md §6.1, §6.2): named inputs, live formulas whose
 * cached values equal the app's, and a changed model input that moves NPV exactly as a fresh score does.
 */
class BriefValueModelTest {

    private static final Path FRAUD = Path.of("sample-data/01-card-fraud-early-warning.json");
    private static final Path CHURN = Path.of("sample-data/05-subscriber-churn-prediction.json");
    private static final Path INVOICES = Path.of("sample-data/07-invoice-data-extraction.json");

    @Test
    void the_cached_figures_of_a_detection_line_equal_the_app_s() throws IOException {
        BriefData data = SampleBriefs.brief(FRAUD);
        DerivedBenefit engine = data.score().financials().derivedBenefits().getFirst();
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            assertThat(wb.getSheetName(2)).isEqualTo(BriefWorkbook.VALUE_MODELS);
            assertClose(cached(wb, "Benefit_1_Derived"), engine.annualBenefit(), "annual benefit");
            assertClose(cached(wb, "Benefit_1_Likely"), engine.annualBenefit(), "the benefit line follows its model");
            assertClose(cached(wb, "Benefit_1_ValuePerRecallPoint"), engine.valuePerRecallPoint(), "a point of recall");
            assertClose(cached(wb, "Benefit_1_ValuePerPrecisionPoint"), engine.valuePerPrecisionPoint(),
                    "a point of precision");
            assertClose(cached(wb, "Benefit_1_BreakEvenRecall"), engine.breakEvenRecall(), "break-even recall");
            assertClose(cached(wb, "Benefit_1_BreakEvenPrecision"), engine.breakEvenPrecision(), "break-even precision");
            assertClose(cached(wb, "NetPresentValue"), data.score().financials().npv(), "NPV");
            assertThat(named(wb, "Benefit_1_Recall_Likely").getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void changing_the_recall_in_excel_moves_npv_to_a_fresh_score_of_the_changed_document() throws IOException {
        BriefData data = SampleBriefs.brief(FRAUD);
        var changed = document(FRAUD);
        recall(changed).put("likely", 0.52);
        BriefData fresh = SampleBriefs.brief(AssessmentJson.read(changed));
        assertThat(fresh.score().financials().npv()).as("the change must matter")
                .isNotCloseTo(data.score().financials().npv(), org.assertj.core.data.Offset.offset(1000.0));
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            named(wb, "Benefit_1_Recall_Likely").setCellValue(0.52);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertClose(named(wb, "NetPresentValue").getNumericCellValue(), fresh.score().financials().npv(), "NPV");
            assertClose(named(wb, "RiskAdjustedNpv").getNumericCellValue(), fresh.score().financials().riskAdjustedNpv(),
                    "risk-adjusted NPV");
            DerivedBenefit f = fresh.score().financials().derivedBenefits().getFirst();
            assertClose(named(wb, "Benefit_1_BreakEvenRecall").getNumericCellValue(), f.breakEvenRecall(),
                    "break-even recall");
        }
    }

    @Test
    void changing_the_automation_rate_in_excel_moves_npv_to_a_fresh_score() throws IOException {
        BriefData data = SampleBriefs.brief(INVOICES);
        DerivedBenefit engine = data.score().financials().derivedBenefits().getFirst();
        var changed = document(INVOICES);
        derivedFrom(changed).withObject("automationRate").put("likely", 0.5);
        BriefData fresh = SampleBriefs.brief(AssessmentJson.read(changed));
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            assertClose(cached(wb, "Benefit_1_ValuePerAutomationPoint"), engine.valuePerAutomationPoint(), "a point");
            assertClose(cached(wb, "Benefit_1_BreakEvenAutomationRate"), engine.breakEvenAutomationRate(), "rate");
            assertClose(cached(wb, "Benefit_1_BreakEvenErrorRate"), engine.breakEvenErrorRate(), "error rate");
            named(wb, "Benefit_1_AutomationRate_Likely").setCellValue(0.5);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertClose(named(wb, "NetPresentValue").getNumericCellValue(), fresh.score().financials().npv(), "NPV");
            assertClose(named(wb, "Benefit_1_BreakEvenErrorRate").getNumericCellValue(),
                    fresh.score().financials().derivedBenefits().getFirst().breakEvenErrorRate(), "break-even error rate");
        }
    }

    @Test
    void a_break_even_that_does_not_exist_reads_none() throws IOException {
        var doc = document(FRAUD);
        // $100 per alert at precision 0.3: each real case caught costs $333 in alerts, more than the $40 it saves
        derivedFrom(doc).withObject("costPerAlert").put("low", 100).put("likely", 100).put("high", 100);
        BriefData data = SampleBriefs.brief(AssessmentJson.read(doc));
        assertThat(data.score().financials().derivedBenefits().getFirst().breakEvenRecall()).isNull();
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            assertThat(named(wb, "Benefit_1_BreakEvenRecall").getStringCellValue()).isEqualTo(BriefWorkbook.NO_IRR);
        }
    }

    @Test
    void the_alternative_s_cash_flows_npv_and_what_ai_adds_are_live() throws IOException {
        BriefData data = SampleBriefs.brief(CHURN);
        AlternativeResult engine = data.score().financials().alternative();
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            assertThat(wb.getSheet(BriefWorkbook.ALTERNATIVE)).isNotNull();
            assertClose(cached(wb, "AltNetPresentValue"), engine.npv(), "alternative NPV");
            assertClose(cached(wb, "AltRiskAdjustedNpv"), engine.riskAdjustedNpv(), "alternative risk-adjusted NPV");
            assertClose(cached(wb, "AltInternalRateOfReturn"), engine.irr(), "alternative IRR");
            assertClose(cached(wb, "IncrementalRiskAdjustedNpv"), engine.incrementalRiskAdjustedNpv(), "what AI adds");

            var changed = document(CHURN);
            ((ObjectNode) changed.get("financials").get("alternative")).put("probabilityOfSuccess", 0.4);
            AlternativeResult fresh = SampleBriefs.brief(AssessmentJson.read(changed)).score().financials().alternative();
            named(wb, "AltProbabilityOfSuccess").setCellValue(0.4);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertClose(named(wb, "IncrementalRiskAdjustedNpv").getNumericCellValue(),
                    fresh.incrementalRiskAdjustedNpv(), "what AI adds at p = 0.4");
        }
    }

    @Test
    void a_brief_without_value_models_has_neither_sheet() throws IOException {
        BriefData data = SampleBriefs.brief(Path.of("sample-data/04-predictive-maintenance-conveyor-motors.json"));
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            assertThat(wb.getSheet(BriefWorkbook.VALUE_MODELS)).isNull();
            assertThat(wb.getSheet(BriefWorkbook.ALTERNATIVE)).isNull();
        }
    }

    private static double cached(XSSFWorkbook wb, String name) {
        XSSFCell cell = named(wb, name);
        assertThat(cell.getCellType()).as(name + " is a formula").isEqualTo(CellType.FORMULA);
        return cell.getNumericCellValue();
    }

    private static ObjectNode document(Path file) throws IOException {
        return (ObjectNode) AssessmentJson.mapper().readTree(Files.readString(file));
    }

    private static ObjectNode derivedFrom(ObjectNode doc) {
        return (ObjectNode) doc.get("financials").get("annualBenefits").get(0).get("derivedFrom");
    }

    private static ObjectNode recall(ObjectNode doc) {
        return (ObjectNode) derivedFrom(doc).get("recall");
    }
}
