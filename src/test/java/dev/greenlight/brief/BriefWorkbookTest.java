package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.scoring.FinancialModel;
import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.SampleInputs;
import dev.greenlight.scoring.ScoringInput;
import dev.greenlight.scoring.ScoringModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The brief re-opened with POI and recalculated: its live formulas must agree with the engine. */
class BriefWorkbookTest {

    static Stream<ScoringInput> samples() {
        return SampleInputs.all().stream();
    }

    private static BriefData brief(ScoringInput input, String title) {
        var score = new GreenlightScorer(ScoringModel.V1).score(input);
        return new BriefData(title, "engineer", "DRAFT", input.financials(),
                input.ethics() == null ? dev.greenlight.scoring.EthicsInput.empty() : input.ethics(), score);
    }

    private static XSSFWorkbook reopen(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFCell named(XSSFWorkbook wb, String name) {
        var ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.max(1e-6, Math.abs(expected) * 1e-6)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void evaluated_formulas_equal_the_engine_for_every_sample(ScoringInput input) throws IOException {
        var data = brief(input, input.narrative().title());
        try (var wb = reopen(BriefWorkbook.write(data))) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            var f = data.score().financials();
            assertClose(named(wb, "NPV").getNumericCellValue(), f.npv());
            var irr = named(wb, "IRR");
            if (f.irr() == null) {
                assertThat(irr.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(irr.getStringCellValue()).isEqualTo("none");
            } else {
                assertClose(irr.getNumericCellValue(), f.irr());
            }
            var payback = named(wb, "PaybackMonths");
            if (f.paybackMonths() == null) {
                assertThat(payback.getStringCellValue()).isEqualTo("not within horizon");
            } else {
                assertClose(payback.getNumericCellValue(), f.paybackMonths());
            }
            var sheet = wb.getSheet(BriefWorkbook.CASH_FLOW);
            for (int t = 0; t < f.cashFlows().size(); t++) {
                assertClose(sheet.getRow(t + 1).getCell(5).getNumericCellValue(), f.cashFlows().get(t));
            }
        }
    }

    @Test
    void cached_values_are_written_so_viewers_that_do_not_recalculate_show_the_engines_numbers() throws IOException {
        var data = brief(SampleInputs.fraud(), "Card fraud early warning");
        try (var wb = reopen(BriefWorkbook.write(data))) {
            assertClose(named(wb, "NPV").getNumericCellValue(), data.score().financials().npv());
            assertThat(wb.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void changing_the_discount_rate_moves_the_npv_as_the_engine_would() throws IOException {
        var data = brief(SampleInputs.fraud(), "Card fraud early warning");
        try (var wb = reopen(BriefWorkbook.write(data))) {
            var rate = named(wb, "DiscountRate");
            assertThat(rate.getCellStyle().getLocked()).isFalse();
            rate.setCellValue(0.25);
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            double[] flows = data.score().financials().cashFlows().stream().mapToDouble(Double::doubleValue).toArray();
            assertClose(named(wb, "NPV").getNumericCellValue(), FinancialModel.npv(0.25, flows));
        }
    }

    @Test
    void every_input_is_a_named_unlocked_cell() throws IOException {
        var data = brief(SampleInputs.fraud(), "Card fraud early warning");
        try (var wb = reopen(BriefWorkbook.write(data))) {
            for (var name : new String[] {"DiscountRate", "HorizonYears", "ProbabilityOfSuccess", "ComplianceCost", "Adoption_Y1",
                    "Build_1_Low", "Build_1_Likely", "Build_1_High", "Run_1_Likely", "Benefit_1_Likely"}) {
                assertThat(named(wb, name).getCellStyle().getLocked()).as(name).isFalse();
            }
            assertThat(wb.getSheetName(0)).isEqualTo(BriefWorkbook.BRIEF);
            assertThat(wb.getPrintArea(0)).isNotNull();
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Card fraud early warning");
            assertThat(wb.getProperties().getCustomProperties().getProperty("Scoring model version").getLpwstr()).isEqualTo("v1");
        }
    }

    @Test
    void user_text_that_looks_like_a_formula_stays_text() throws IOException {
        for (var title : new String[] {"=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1", "-2", "\tTabbed"}) {
            var data = brief(SampleInputs.fraud(), title);
            try (var wb = reopen(BriefWorkbook.write(data))) {
                var cell = wb.getSheet(BriefWorkbook.BRIEF).getRow(0).getCell(1);
                assertThat(cell.getCellType()).as(title).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(title);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sensitivity_uncertainty_and_ethics_sheets_carry_the_engines_figures_and_native_charts(ScoringInput input) throws IOException {
        var data = brief(input, input.narrative().title());
        try (var wb = reopen(BriefWorkbook.write(data))) {
            var f = data.score().financials();
            var sensitivity = wb.getSheet(BriefWorkbook.SENSITIVITY);
            assertThat(sensitivity.getLastRowNum()).isEqualTo(f.tornado().size());
            assertThat(sensitivity.getRow(1).getCell(0).getStringCellValue()).isEqualTo(f.tornado().getFirst().line());
            assertThat(sensitivity.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(f.tornado().getFirst().npvAtLow());
            assertThat(sensitivity.getDrawingPatriarch().getCharts()).hasSize(1);
            var uncertainty = wb.getSheet(BriefWorkbook.UNCERTAINTY);
            int trials = 0;
            for (int i = 1; i <= f.monteCarlo().histogram().size(); i++) {
                trials += (int) uncertainty.getRow(i).getCell(2).getNumericCellValue();
            }
            assertThat(trials).isEqualTo(f.monteCarlo().trials());
            assertThat(uncertainty.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(f.monteCarlo().p10());
            assertThat(uncertainty.getDrawingPatriarch().getCharts()).hasSize(1);
            var ethics = wb.getSheet(BriefWorkbook.ETHICS);
            int points = 0;
            for (int i = 1; i <= dev.greenlight.scoring.RiskQuestion.values().length; i++) {
                points += (int) ethics.getRow(i).getCell(2).getNumericCellValue();
            }
            assertThat(points).isEqualTo(data.score().ethics().rawRisk());
        }
    }
}
