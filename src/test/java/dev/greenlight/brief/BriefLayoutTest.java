package dev.greenlight.brief;

import static dev.greenlight.brief.BriefWorkbookTest.assertClose;
import static dev.greenlight.brief.BriefWorkbookTest.named;
import static dev.greenlight.brief.BriefWorkbookTest.reopen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How the brief reads and prints: currencies, spacing, labels in words, rows tall enough, pages set up. */
class BriefLayoutTest {

    /** A stored code such as A_B_TEST or UNDER_10M: what a reader must never see. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");

    static Stream<Path> samples() {
        return SampleBriefs.files();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void every_money_figure_on_the_brief_carries_the_assessments_currency(Path sample) throws IOException {
        BriefData data = SampleBriefs.brief(sample);
        String currency = data.financials().currency();
        var money = new ArrayList<>(List.of("NPV", "Risk-adjusted NPV", "Build cost", "Run cost a year",
                "Benefit a year (full adoption)", "Compliance cost a year", "Mean NPV", "P10 NPV", "P50 NPV", "P90 NPV"));
        if (AlternativeSheet.needed(data)) {
            money.add("AI adds over the non-AI way");
        }
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            var formatter = new DataFormatter();
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (String label : money) {
                XSSFCell cell = figure(wb, label);
                assertThat(cell.getCellStyle().getDataFormatString()).as(label)
                        .isEqualTo("#,##0 \"" + currency + "\";-#,##0 \"" + currency + "\"");
                assertThat(formatter.formatCellValue(cell, evaluator)).as(label).matches("-?[0-9]{1,3}(,[0-9]{3})* " + currency);
            }
            for (String label : List.of("IRR", "Probability of success", "P(NPV > 0)")) {
                assertThat(figure(wb, label).getCellStyle().getDataFormatString()).as(label).isEqualTo("0%");
            }
            // the same money format on the sheets behind the brief: the inputs and the results
            assertThat(named(wb, "Build_1_Likely").getCellStyle().getDataFormatString()).contains("\"" + currency + "\"");
            assertThat(named(wb, "NetPresentValue").getCellStyle().getDataFormatString()).contains("\"" + currency + "\"");
        }
    }

    @Test
    void the_two_blocks_stand_apart_with_an_empty_narrow_column_and_each_section_has_a_heading() throws IOException {
        BriefData data = SampleBriefs.brief(samples().findFirst().orElseThrow());
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            XSSFSheet brief = wb.getSheet(BriefWorkbook.BRIEF);
            assertThat(brief.getColumnWidth(BriefSheet.RIGHT - 1) / 256).as("the spacer").isLessThanOrEqualTo(4);
            for (var row : brief) {
                var spacer = row.getCell(BriefSheet.RIGHT - 1);
                boolean merged = brief.getMergedRegions().stream().anyMatch(m -> m.isInRange(row.getRowNum(), BriefSheet.RIGHT - 1));
                assertThat(spacer == null || spacer.getCellType() == CellType.BLANK || merged)
                        .as("row %d leaves the spacer empty", row.getRowNum() + 1).isTrue();
            }
            assertThat(figure(wb, "Risk-adjusted NPV").getColumnIndex()).isEqualTo(BriefSheet.RIGHT + 1);
            assertThat(figure(wb, "NPV").getColumnIndex()).isEqualTo(1);

            var headings = new ArrayList<String>();
            for (var row : brief) {
                var first = row.getCell(0);
                if (first != null && first.getCellStyle().getIndex() == styleOf(brief, "Business case").getIndex()) {
                    headings.add(first.getStringCellValue());
                    var above = brief.getRow(row.getRowNum() - 1);
                    assertThat(above == null || above.getPhysicalNumberOfCells() == 0)
                            .as("a blank row above %s", first.getStringCellValue()).isTrue();
                }
            }
            assertThat(headings).containsExactly("Recommendation", "Financials (USD, 3 years at 10 %)",
                    "Simulated outcomes (as scored)", "Business case", "Top risks", "Success metric");
            assertThat(wb.getPrintArea(0)).startsWith("Brief!$A$1:$E$");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_brief_figures_that_follow_from_the_assumptions_are_formulas_over_them(Path sample) throws IOException {
        BriefData data = SampleBriefs.brief(sample);
        var in = data.financials();
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(figure(wb, "Probability of success").getCellFormula()).isEqualTo("ProbabilityOfSuccess");
            assertClose(figure(wb, "Probability of success").getNumericCellValue(), in.probabilityOfSuccess(), "probability");
            assertClose(figure(wb, "Build cost").getNumericCellValue(), in.buildCosts().stream().mapToDouble(l -> l.likely()).sum(),
                    "build cost");
            assertClose(figure(wb, "Run cost a year").getNumericCellValue(),
                    in.annualRunCosts().stream().mapToDouble(l -> l.likely()).sum(), "run cost");
            assertClose(figure(wb, "Compliance cost a year").getNumericCellValue(), data.complianceCost(), "compliance cost");
            assertClose(figure(wb, "Benefit a year (full adoption)").getNumericCellValue(),
                    named(wb, "BenefitTotal").getNumericCellValue(), "benefit");
            if (AlternativeSheet.needed(data)) {
                assertClose(figure(wb, "AI adds over the non-AI way").getNumericCellValue(),
                        data.score().financials().alternative().incrementalRiskAdjustedNpv(), "what AI adds");
            } else {
                assertThat(find(wb.getSheet(BriefWorkbook.BRIEF), "AI adds over the non-AI way")).isNull();
            }

            named(wb, "DiscountRate").setCellValue(0.075);
            named(wb, "HorizonYears").setCellValue(7);
            named(wb, "ProbabilityOfSuccess").setCellValue(0.4);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(find(wb.getSheet(BriefWorkbook.BRIEF), "Financials (" + in.currency() + ", 7 years at 7.5 %)"))
                    .as("the heading follows the edited assumptions").isNotNull();
            assertClose(figure(wb, "Probability of success").getNumericCellValue(), 0.4, "edited probability");
            assertClose(figure(wb, "Risk-adjusted NPV").getNumericCellValue(), named(wb, "RiskAdjustedNpv").getNumericCellValue(),
                    "risk-adjusted NPV after the edit");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void answers_read_as_labels_and_words_never_as_paths_or_codes(Path sample) throws IOException {
        BriefData data = SampleBriefs.brief(sample);
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            XSSFSheet answers = wb.getSheet(BriefWorkbook.ANSWERS);
            for (int r = 1; r <= answers.getLastRowNum(); r++) {
                String question = answers.getRow(r).getCell(0).getStringCellValue();
                String answer = answers.getRow(r).getCell(1).getStringCellValue();
                assertThat(question).as("row %d's question", r + 1).doesNotContain("financials.", "ethics.", "successMetric.");
                assertThat(CODE.matcher(answer).find()).as("row %d's answer has no stored code: %s", r + 1, answer).isFalse();
            }
            for (XSSFSheet sheet : List.of(wb.getSheet(BriefWorkbook.BRIEF))) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(CODE.matcher(cell.getStringCellValue()).find())
                                    .as("%s!%s has no stored code: %s", sheet.getSheetName(), cell.getAddress(), cell.getStringCellValue())
                                    .isFalse();
                        }
                    }
                }
            }
        }
    }

    @Test
    void the_card_fraud_answers_say_a_b_test_and_under_10_million() throws IOException {
        BriefData data = SampleBriefs.brief(samples().findFirst().orElseThrow());
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            XSSFSheet answers = wb.getSheet(BriefWorkbook.ANSWERS);
            assertThat(answerTo(answers, "How will we measure it?")).isEqualTo("A/B test");
            assertThat(answerTo(answers, "How many people does it affect per year?")).isEqualTo("Under 10 million");
            assertThat(answerTo(answers, "Discount rate")).isEqualTo("10 %");
            assertThat(answerTo(answers, "Baseline")).isEqualTo("13,300,000");
            assertThat(find(answers, "AB_TEST")).isNull();
            assertThat(find(answers, "A_B_TEST")).isNull();
            assertThat(find(wb.getSheet(BriefWorkbook.ETHICS), "Under 10 million")).isNotNull();
        }
    }

    @Test
    void answer_and_history_rows_grow_with_their_wrapped_text() throws IOException {
        BriefData sample = SampleBriefs.brief(samples().findFirst().orElseThrow());
        String paragraph = "The rule engine catches fraud after the first or second transaction on a card. ".repeat(8);
        var data = new BriefData(sample.title(), sample.author(), sample.status(), null, List.of(), sample.score(),
                sample.financials(), null, null, null, null, null, sample.riskRegister(), sample.mitigations(),
                List.of(new BriefData.Answer("Sponsor", "VP Payments"), new BriefData.Answer("What business problem are we solving?",
                        paragraph), new BriefData.Answer("Guardrail metrics", "one\ntwo\nthree")),
                List.of(new BriefData.HistoryEntry(Instant.parse("2026-03-01T09:30:00Z"), "Ada Engineer", "Created"),
                        new BriefData.HistoryEntry(Instant.parse("2026-03-02T09:30:00Z"), "Priya Product Manager",
                                "Decision: Approved with conditions (version 1)\nCondition: bias audit\nRationale: " + paragraph)));
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            XSSFSheet answers = wb.getSheet(BriefWorkbook.ANSWERS);
            float oneLine = answers.getRow(1).getHeightInPoints();
            float threeLines = answers.getRow(3).getHeightInPoints();
            float paragraphHeight = answers.getRow(2).getHeightInPoints();
            int minimumLines = (int) Math.ceil(paragraph.length() / (answers.getColumnWidth(1) / 256.0 * 1.2));
            assertThat(threeLines).isGreaterThanOrEqualTo(3 * 15f).isGreaterThan(oneLine);
            assertThat(paragraphHeight).isGreaterThanOrEqualTo(minimumLines * 15f).isGreaterThan(threeLines);
            for (int r = 1; r <= 3; r++) {
                assertThat(answers.getRow(r).getCell(1).getCellStyle().getWrapText()).isTrue();
                assertThat(answers.getRow(r).getCell(0).getCellStyle().getWrapText()).isTrue();
            }
            XSSFSheet history = wb.getSheet(BriefWorkbook.HISTORY);
            assertThat(history.getRow(2).getHeightInPoints()).isGreaterThan(history.getRow(1).getHeightInPoints())
                    .isGreaterThanOrEqualTo((2 + minimumLines) * 15f);
            assertThat(history.getRow(2).getCell(2).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void answers_and_history_print_landscape_one_page_wide_with_their_header_on_every_page() throws IOException {
        BriefData data = SampleBriefs.brief(samples().findFirst().orElseThrow());
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            for (String name : List.of(BriefWorkbook.ANSWERS, BriefWorkbook.HISTORY)) {
                XSSFSheet sheet = wb.getSheet(name);
                var print = sheet.getPrintSetup();
                assertThat(print.getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as(name + " runs on as many pages as it needs").isZero();
                assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
                assertThat(sheet.isPrintGridlines()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            }
        }
    }

    @Test
    void lines_are_counted_as_words_wrap() {
        assertThat(Cells.lines("", 10)).isEqualTo(1);
        assertThat(Cells.lines("short", 10)).isEqualTo(1);
        assertThat(Cells.lines("aaaa bbbb", 9)).isEqualTo(1);
        assertThat(Cells.lines("aaaa bbbb", 8)).as("the second word moves down whole").isEqualTo(2);
        assertThat(Cells.lines("aaaaaaaaaa", 4)).as("a word wider than the column breaks").isEqualTo(3);
        assertThat(Cells.lines("one\ntwo\n\nfour", 40)).as("each paragraph, the empty one too").isEqualTo(4);
        assertThat(Cells.lines("aaa bbb ccc ddd", 7)).isEqualTo(2);
    }

    @Test
    void histogram_bins_are_labelled_short_enough_for_the_chart_axis() {
        assertThat(Cells.shortMoney(-749_470)).isEqualTo("-749K");
        assertThat(Cells.shortMoney(2_345_678)).isEqualTo("2.35M");
        assertThat(Cells.shortMoney(-1_000_000)).isEqualTo("-1.00M");
        assertThat(Cells.shortMoney(80)).isEqualTo("80");
        assertThat(Cells.shortMoney(0)).isEqualTo("0");
    }

    private static String answerTo(XSSFSheet answers, String question) {
        XSSFCell cell = find(answers, question);
        assertThat(cell).as("the question " + question).isNotNull();
        return answers.getRow(cell.getRowIndex()).getCell(1).getStringCellValue();
    }

    /** The cell right of a label on the Brief sheet. */
    private static XSSFCell figure(XSSFWorkbook wb, String label) {
        XSSFCell cell = find(wb.getSheet(BriefWorkbook.BRIEF), label);
        assertThat(cell).as("the label " + label).isNotNull();
        XSSFRow row = cell.getRow();
        return row.getCell(cell.getColumnIndex() + 1);
    }

    private static org.apache.poi.ss.usermodel.CellStyle styleOf(XSSFSheet sheet, String text) {
        return find(sheet, text).getCellStyle();
    }

    private static XSSFCell find(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            for (var cell : row) {
                boolean string = cell.getCellType() == CellType.STRING
                        || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING;
                if (string && cell.getStringCellValue().equals(text)) {
                    return (XSSFCell) cell;
                }
            }
        }
        return null;
    }
}
