package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.scoring.FinancialInput;
import dev.greenlight.scoring.FinancialModel;
import dev.greenlight.scoring.FinancialResult;
import dev.greenlight.scoring.MoneyLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BriefWorkbookTest {

    private static final double RELATIVE = 1e-6;

    static Stream<Path> samples() {
        return SampleBriefs.files();
    }

    @Test
    void there_are_seven_sample_assessments() {
        assertThat(samples()).hasSize(7);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void evaluated_formulas_reproduce_the_engine_figures(Path sample) throws IOException {
        BriefData data = SampleBriefs.brief(sample);
        FinancialResult engine = data.score().financials();
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);

            XSSFSheet cashFlow = wb.getSheet(BriefWorkbook.CASH_FLOW);
            var cells = new AreaReference(wb.getName("CashFlows").getRefersToFormula(), SpreadsheetVersion.EXCEL2007)
                    .getAllReferencedCells();
            int horizon = data.financials().horizonYears();
            for (int t = 0; t < cells.length; t++) {
                double flow = cell(wb, cells[t]).getNumericCellValue();
                if (t <= horizon) {
                    assertClose(flow, engine.cashFlows().get(t), "cash flow of year " + t);
                } else {
                    assertThat(flow).as("year %d is past the horizon", t).isZero();
                }
            }
            assertThat(cashFlow).isNotNull();
            assertClose(named(wb, "NetPresentValue").getNumericCellValue(), engine.npv(), "NPV");
            assertClose(named(wb, "RiskAdjustedNpv").getNumericCellValue(), engine.riskAdjustedNpv(), "risk-adjusted NPV");
            XSSFCell irr = named(wb, "InternalRateOfReturn");
            if (engine.irr() == null) {
                assertThat(irr.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
                assertThat(irr.getStringCellValue()).isEqualTo(BriefWorkbook.NO_IRR);
            } else {
                assertThat(irr.getCachedFormulaResultType()).as("IRR").isEqualTo(CellType.NUMERIC);
                assertClose(irr.getNumericCellValue(), engine.irr(), "IRR");
            }
            XSSFCell payback = named(wb, "PaybackMonths");
            if (engine.paybackMonths() == null) {
                assertThat(payback.getStringCellValue()).isEqualTo(BriefWorkbook.NOT_WITHIN_HORIZON);
            } else {
                assertThat(payback.getCachedFormulaResultType()).as("payback").isEqualTo(CellType.NUMERIC);
                assertClose(payback.getNumericCellValue(), engine.paybackMonths(), "payback months");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_written_file_already_carries_the_results_for_viewers_that_do_not_recalculate(Path sample) throws IOException {
        BriefData data = SampleBriefs.brief(sample);
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            assertThat(wb.getForceFormulaRecalculation()).isTrue();
            XSSFCell npv = named(wb, "NetPresentValue");
            assertThat(npv.getCellType()).isEqualTo(CellType.FORMULA);
            assertClose(npv.getNumericCellValue(), data.score().financials().npv(), "cached NPV");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void changing_the_discount_rate_moves_the_npv_to_the_engines_npv_at_that_rate(Path sample) throws IOException {
        BriefData data = SampleBriefs.brief(sample);
        double[] flows = data.score().financials().cashFlows().stream().mapToDouble(Double::doubleValue).toArray();
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            for (double rate : new double[] {0.02, 0.25}) {
                named(wb, "DiscountRate").setCellValue(rate);
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                assertClose(named(wb, "NetPresentValue").getNumericCellValue(), FinancialModel.npv(rate, flows),
                        "NPV at " + rate);
            }
        }
    }

    @Test
    void changing_a_benefit_estimate_moves_every_result_as_the_engine_would() throws IOException {
        BriefData data = SampleBriefs.brief(samples().findFirst().orElseThrow());
        FinancialInput in = data.financials();
        // the last benefit line: the fraud sample's first is derived from model performance (BriefValueModelTest)
        int number = in.annualBenefits().size();
        MoneyLine first = in.annualBenefits().getLast();
        var benefits = new ArrayList<>(in.annualBenefits());
        benefits.set(number - 1, new MoneyLine(first.name(), first.low() * 0.3, first.likely() * 0.3, first.high(),
                first.evidence()));
        var changed = new FinancialModel(new FinancialInput(in.currency(), in.horizonYears(), in.discountRate(),
                in.probabilityOfSuccess(), in.buildCosts(), in.annualRunCosts(), benefits, in.adoptionByYear()),
                data.complianceCost());
        assertThat(changed.npv()).as("the change must matter for the test to mean anything")
                .isNotCloseTo(data.score().financials().npv(), within(1.0));

        try (var wb = reopen(new BriefWorkbook().write(data))) {
            named(wb, "Benefit_" + number + "_Likely").setCellValue(first.likely() * 0.3);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertClose(named(wb, "NetPresentValue").getNumericCellValue(), changed.npv(), "NPV");
            assertClose(named(wb, "RiskAdjustedNpv").getNumericCellValue(), changed.riskAdjustedNpv(), "risk-adjusted NPV");
            // the printed Brief page follows the edit too: its figures are formulas over the named results
            assertClose(briefFigure(wb, "NPV").getNumericCellValue(), changed.npv(), "Brief sheet NPV");
            assertClose(briefFigure(wb, "Risk-adjusted NPV").getNumericCellValue(), changed.riskAdjustedNpv(), "Brief sheet risk-adjusted NPV");
            assertThat(briefFigure(wb, "NPV").getCellFormula()).isEqualTo("NetPresentValue");
            XSSFCell payback = named(wb, "PaybackMonths");
            if (changed.paybackMonths() == null) {
                assertThat(payback.getStringCellValue()).isEqualTo(BriefWorkbook.NOT_WITHIN_HORIZON);
            } else {
                assertClose(payback.getNumericCellValue(), changed.paybackMonths(), "payback");
            }
        }
    }

    /** The cell right of a label on the Brief sheet. */
    private static XSSFCell briefFigure(org.apache.poi.xssf.usermodel.XSSFWorkbook wb, String label) {
        for (var row : wb.getSheet("Brief")) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(label)) {
                    return (XSSFCell) row.getCell(cell.getColumnIndex() + 1);
                }
            }
        }
        throw new AssertionError("no " + label + " on the Brief sheet");
    }

    @Test
    void shortening_the_horizon_drops_the_later_years() throws IOException {
        BriefData data = SampleBriefs.brief(samples().filter(p -> p.toString().contains("04-")).findFirst().orElseThrow());
        FinancialInput in = data.financials();
        assertThat(in.horizonYears()).isEqualTo(5);
        double[] flows = data.score().financials().cashFlows().stream().mapToDouble(Double::doubleValue).toArray();
        double[] firstThree = Arrays.copyOf(flows, 4);
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            named(wb, "HorizonYears").setCellValue(3);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertClose(named(wb, "NetPresentValue").getNumericCellValue(),
                    FinancialModel.npv(in.discountRate(), firstThree), "NPV over three years");
            Double payback = FinancialModel.paybackMonths(firstThree);
            XSSFCell cell = named(wb, "PaybackMonths");
            if (payback == null) {
                assertThat(cell.getStringCellValue()).isEqualTo(BriefWorkbook.NOT_WITHIN_HORIZON);
            } else {
                assertClose(cell.getNumericCellValue(), payback, "payback over three years");
            }
        }
    }

    @Test
    void a_project_that_never_pays_back_says_so_and_has_no_irr() throws IOException {
        BriefData data = SampleBriefs.brief(samples().findFirst().orElseThrow());
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            for (int i = 1; i <= data.financials().annualBenefits().size(); i++) {
                if (wb.getName("Benefit_" + i + "_CasesPerYear_Likely") != null) {
                    named(wb, "Benefit_" + i + "_CasesPerYear_Likely").setCellValue(0); // a derived line: no cases
                } else {
                    named(wb, "Benefit_" + i + "_Likely").setCellValue(0);
                }
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(named(wb, "PaybackMonths").getStringCellValue()).isEqualTo(BriefWorkbook.NOT_WITHIN_HORIZON);
            assertThat(named(wb, "InternalRateOfReturn").getStringCellValue()).isEqualTo(BriefWorkbook.NO_IRR);
        }
    }

    @Test
    void the_workbook_has_its_sheets_names_charts_print_setup_and_properties() throws IOException {
        BriefData data = SampleBriefs.brief(samples().findFirst().orElseThrow());
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            var names = new ArrayList<String>();
            wb.forEach(s -> names.add(s.getSheetName()));
            // the fraud sample derives its main benefit from model performance (issue 13): a Value models sheet
            assertThat(names).containsExactly("Brief", "Assumptions", "Value models", "Cash flow", "Sensitivity",
                    "Uncertainty", "Ethics", "Answers", "History");

            for (String name : List.of("DiscountRate", "HorizonYears", "ProbabilityOfSuccess", "ComplianceCost",
                    "Build_1_Low", "Build_1_Likely", "Build_1_High", "Run_1_Likely", "Benefit_1_Likely",
                    "Adoption_Y1", "Adoption_Y10", "NetPresentValue", "InternalRateOfReturn", "PaybackMonths")) {
                assertThat(wb.getName(name)).as(name).isNotNull();
            }
            for (String input : List.of("DiscountRate", "HorizonYears", "ProbabilityOfSuccess", "ComplianceCost",
                    "Build_1_Likely", "Adoption_Y1")) {
                var style = named(wb, input).getCellStyle();
                assertThat(style.getLocked()).as(input + " is unlocked").isFalse();
                assertThat(style.getFillForegroundColorColor()).as(input + " is filled").isNotNull();
                assertThat(named(wb, input).getSheet().getSheetName()).isEqualTo(BriefWorkbook.ASSUMPTIONS);
            }
            assertThat(named(wb, "ComplianceCost").getNumericCellValue()).isEqualTo(data.complianceCost());
            assertThat(wb.getSheet("Cash flow").getRow(5).getCell(2).getCellFormula())
                    .as("benefits are a formula on names").contains("BenefitTotal");

            assertThat(wb.getSheet("Sensitivity").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(wb.getSheet("Uncertainty").getDrawingPatriarch().getCharts()).hasSize(1);
            var tornado = wb.getSheet("Sensitivity").getDrawingPatriarch().getCharts().getFirst();
            assertThat(tornado.getChartSeries().getFirst().getSeries(0).getValuesData().getDataRangeReference())
                    .contains("Sensitivity");

            assertThat(wb.getPrintArea(0)).isNotNull().startsWith("Brief!$A$1:$E$");
            var brief = wb.getSheet("Brief");
            assertThat(brief.getFitToPage()).isTrue();
            assertThat(brief.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(brief.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(brief.getRow(0).getCell(0).getStringCellValue()).isEqualTo(data.title());

            assertThat(wb.getSheet("Answers").getPaneInformation().isFreezePane()).isTrue();
            assertThat(wb.getSheet("Cash flow").getPaneInformation().isFreezePane()).isTrue();

            var props = wb.getProperties();
            assertThat(props.getCoreProperties().getTitle()).isEqualTo(data.title());
            assertThat(props.getCoreProperties().getCreator()).isEqualTo("Ada Engineer");
            assertThat(props.getCustomProperties().getProperty(BriefWorkbook.MODEL_VERSION_PROPERTY).getLpwstr())
                    .isEqualTo(data.score().modelVersion());
        }
    }

    @Test
    void user_text_that_looks_like_a_formula_comes_back_as_quoted_text() throws IOException {
        BriefData sample = SampleBriefs.brief(samples().findFirst().orElseThrow());
        String title = "=HYPERLINK(\"http://x\",\"y\")";
        FinancialInput in = sample.financials();
        var build = new ArrayList<>(in.buildCosts());
        MoneyLine b = build.getFirst();
        build.set(0, new MoneyLine("@SUM(1)", b.low(), b.likely(), b.high(), b.evidence()));
        var data = new BriefData(title, "+44 20 7946 0000", "-", "\tcmd", List.of("=1+1"), sample.score(),
                new FinancialInput(in.currency(), in.horizonYears(), in.discountRate(), in.probabilityOfSuccess(), build,
                        in.annualRunCosts(), in.annualBenefits(), in.adoptionByYear()),
                "KPI", 1.0, 2.0, "unit", "@kill", sample.riskRegister(), sample.mitigations(),
                List.of(new BriefData.Answer("Question", "=cmd|' /C calc'!A0")), sample.history());

        try (var wb = reopen(new BriefWorkbook().write(data))) {
            XSSFCell titleCell = wb.getSheet("Brief").getRow(0).getCell(0);
            assertQuotedText(titleCell, title);
            assertQuotedText(wb.getSheet("Brief").getRow(1).getCell(1), "+44 20 7946 0000");
            assertQuotedText(find(wb.getSheet("Assumptions"), "@SUM(1)"), "@SUM(1)");
            assertQuotedText(find(wb.getSheet("Answers"), "=cmd|' /C calc'!A0"), "=cmd|' /C calc'!A0");
            assertQuotedText(find(wb.getSheet("Brief"), "\tcmd"), "\tcmd");
            assertThat(wb.getSheet("Brief").getRow(2).getCell(1).getCellStyle().getQuotePrefixed())
                    .as("\"-\" starts with a minus").isTrue();
            assertThat(find(wb.getSheet("Answers"), "Question").getCellStyle().getQuotePrefixed())
                    .as("plain text is not quoted").isFalse();
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertClose(named(wb, "NetPresentValue").getNumericCellValue(), sample.score().financials().npv(),
                    "NPV unaffected by the line's name");
        }
    }

    @Test
    void a_text_longer_than_a_cell_holds_is_refused_not_truncated() {
        BriefData sample = SampleBriefs.brief(samples().findFirst().orElseThrow());
        var data = new BriefData(sample.title(), sample.author(), sample.status(), "x".repeat(CellText.MAX_LENGTH + 1),
                List.of(), sample.score(), sample.financials(), null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of());
        assertThatThrownBy(() -> new BriefWorkbook().write(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32767");
    }

    @Test
    void a_brief_uses_a_fixed_small_set_of_styles() throws IOException {
        BriefData data = SampleBriefs.brief(samples().findFirst().orElseThrow());
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            assertThat(wb.getNumCellStyles()).isLessThan(50);
        }
    }

    @Test
    void quote_prefix_is_needed_exactly_for_formula_like_starts() {
        for (String risky : List.of("=1", "+1", "-1", "@x", "\tx", "\rx", "\u0001x")) {
            assertThat(CellText.needsQuotePrefix(risky)).as(risky).isTrue();
        }
        for (String safe : List.of("", "a=1", " =1", "1", "Fraud", "’=")) {
            assertThat(CellText.needsQuotePrefix(safe)).as(safe).isFalse();
        }
    }

    private static void assertQuotedText(XSSFCell cell, String expected) {
        assertThat(cell).as("cell holding " + expected).isNotNull();
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on " + expected).isTrue();
    }

    private static XSSFCell find(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return (XSSFCell) cell;
                }
            }
        }
        return null;
    }

    static void assertClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(RELATIVE * Math.max(1, Math.abs(expected))));
    }

    static XSSFWorkbook reopen(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static XSSFCell named(XSSFWorkbook wb, String name) {
        var n = wb.getName(name);
        assertThat(n).as("name " + name).isNotNull();
        return cell(wb, new CellReference(n.getRefersToFormula()));
    }

    private static XSSFCell cell(XSSFWorkbook wb, CellReference ref) {
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }
}
