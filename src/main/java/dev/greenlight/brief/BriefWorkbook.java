package dev.greenlight.brief;

import dev.greenlight.scoring.MoneyLine;
import dev.greenlight.scoring.RiskQuestion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The project brief as an .xlsx (PRODUCT.md §4): a Brief summary, every financial input on Assumptions in named,
 * unlocked, visibly editable cells, a Cash flow sheet of live formulas on those names (NPV, IRR, payback) whose
 * cached values equal the engine's, the tornado and the Monte Carlo histogram with native charts, and the
 * ethics risk register. Answers and History sheets are still to come (issue 5). User text is always a string cell, quote
 * prefixed where Excel would otherwise read it as a formula.
 */
public final class BriefWorkbook {

    public static final String ASSUMPTIONS = "Assumptions";
    public static final String CASH_FLOW = "Cash flow";
    public static final String BRIEF = "Brief";
    public static final String SENSITIVITY = "Sensitivity";
    public static final String UNCERTAINTY = "Uncertainty";
    public static final String ETHICS = "Ethics";

    /** Cash-flow sheet layout: header in row 1, year 0 in row 2. */
    static final int FIRST_YEAR_ROW = 2;

    private BriefWorkbook() {
    }

    public static byte[] write(BriefData data) {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(wb);
            var brief = wb.createSheet(BRIEF);
            assumptions(wb, styles, data);
            cashFlow(wb, styles, data);
            sensitivity(wb, styles, data);
            uncertainty(wb, styles, data);
            ethics(wb, styles, data);
            summary(brief, styles, data);
            var props = wb.getProperties().getCoreProperties();
            props.setTitle(data.title());
            props.setCreator(data.author());
            wb.getProperties().getCustomProperties().addProperty("Scoring model version", data.score().modelVersion());
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Styles are built once per workbook; a workbook holds at most 64,000. */
    static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quotedText;
        final CellStyle money;
        final CellStyle input;
        final CellStyle inputPercent;
        final CellStyle percent;
        final CellStyle number;

        Styles(XSSFWorkbook wb) {
            var bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            text = wb.createCellStyle();
            text.setWrapText(true);
            quotedText = wb.createCellStyle();
            quotedText.cloneStyleFrom(text);
            quotedText.setQuotePrefixed(true);
            var format = wb.createDataFormat();
            money = wb.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0;[Red]-#,##0"));
            percent = wb.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            number = wb.createCellStyle();
            number.setDataFormat(format.getFormat("0.0"));
            input = wb.createCellStyle();
            input.setDataFormat(format.getFormat("#,##0.##"));
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setBorderBottom(BorderStyle.THIN);
            inputPercent = wb.createCellStyle();
            inputPercent.cloneStyleFrom(input);
            inputPercent.setDataFormat(format.getFormat("0.0%"));
        }
    }

    /** User text as a string cell; a leading = + - @ or control character gets a quote prefix, never a formula. */
    static void text(Row row, int column, String value, Styles styles) {
        var cell = row.createCell(column);
        var safe = value == null ? "" : value;
        cell.setCellValue(safe);
        cell.setCellStyle(needsQuote(safe) ? styles.quotedText : styles.text);
    }

    static boolean needsQuote(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || Character.isISOControl(first);
    }

    private static void assumptions(XSSFWorkbook wb, Styles styles, BriefData data) {
        var sheet = wb.createSheet(ASSUMPTIONS);
        var f = data.financials();
        var rowIndex = new int[] {0};
        var head = sheet.createRow(rowIndex[0]++);
        cellHeader(head, 0, "Input", styles);
        cellHeader(head, 1, "Low", styles);
        cellHeader(head, 2, "Likely", styles);
        cellHeader(head, 3, "High", styles);
        cellHeader(head, 4, "Evidence", styles);
        sheet.createFreezePane(0, 1);
        input(wb, sheet, styles, rowIndex, "Discount rate", "DiscountRate", f.discountRate(), true);
        input(wb, sheet, styles, rowIndex, "Horizon (years)", "HorizonYears", f.horizonYears(), false);
        input(wb, sheet, styles, rowIndex, "Probability of technical success", "ProbabilityOfSuccess", f.probabilityOfSuccess(), true);
        input(wb, sheet, styles, rowIndex, "Compliance cost per year (ethics level)", "ComplianceCost", data.score().financials().complianceCost(), false);
        for (int y = 0; y < f.horizonYears(); y++) {
            input(wb, sheet, styles, rowIndex, "Adoption in year " + (y + 1), "Adoption_Y" + (y + 1), f.adoptionByYear().get(y), true);
        }
        lines(wb, sheet, styles, rowIndex, "Build", f.buildCosts());
        lines(wb, sheet, styles, rowIndex, "Run", f.annualRunCosts());
        lines(wb, sheet, styles, rowIndex, "Benefit", f.annualBenefits());
        sheet.setColumnWidth(0, 48 * 256);
        for (int c = 1; c <= 4; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static void input(XSSFWorkbook wb, Sheet sheet, Styles styles, int[] rowIndex, String label, String name, double value, boolean isPercent) {
        var r = sheet.createRow(rowIndex[0]++);
        text(r, 0, label, styles);
        var cell = r.createCell(2);
        cell.setCellValue(value);
        cell.setCellStyle(isPercent ? styles.inputPercent : styles.input);
        name(wb, name, ASSUMPTIONS, r.getRowNum(), 2);
    }

    private static void lines(XSSFWorkbook wb, Sheet sheet, Styles styles, int[] rowIndex, String kind, List<MoneyLine> lines) {
        int first = rowIndex[0];
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var r = sheet.createRow(rowIndex[0]++);
            text(r, 0, kind + ": " + line.name(), styles);
            double[] values = {line.low(), line.likely(), line.high()};
            String[] suffix = {"Low", "Likely", "High"};
            for (int k = 0; k < 3; k++) {
                var cell = r.createCell(1 + k);
                cell.setCellValue(values[k]);
                cell.setCellStyle(styles.input);
                name(wb, kind + "_" + (i + 1) + "_" + suffix[k], ASSUMPTIONS, r.getRowNum(), 1 + k);
            }
            text(r, 4, line.evidence() == null ? "" : line.evidence().name(), styles);
        }
        var total = sheet.createRow(rowIndex[0]++);
        var label = total.createCell(0);
        label.setCellValue(kind + " total (likely)");
        label.setCellStyle(styles.header);
        var sum = total.createCell(2);
        sum.setCellFormula(lines.isEmpty() ? "0" : "SUM(C" + (first + 1) + ":C" + (first + lines.size()) + ")");
        sum.setCellStyle(styles.money);
        name(wb, kind + "Total", ASSUMPTIONS, total.getRowNum(), 2);
    }

    private static void name(XSSFWorkbook wb, String name, String sheet, int row0, int col0) {
        var n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + sheet + "'!" + new CellReference(row0, col0, true, true).formatAsString());
    }

    private static void cellHeader(Row r, int column, String value, Styles styles) {
        var cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.header);
    }

    private static void cashFlow(XSSFWorkbook wb, Styles styles, BriefData data) {
        var sheet = wb.createSheet(CASH_FLOW);
        int horizon = data.financials().horizonYears();
        var head = sheet.createRow(0);
        String[] headers = {"Year", "Adoption", "Benefits", "Run costs", "Compliance", "Net cash flow", "Discount factor", "Discounted", "Cumulative", "Payback here (months)"};
        for (int c = 0; c < headers.length; c++) {
            cellHeader(head, c, headers[c], styles);
            sheet.setColumnWidth(c, 16 * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int t = 0; t <= horizon; t++) {
            var r = sheet.createRow(t + 1);
            int excelRow = t + 2;
            r.createCell(0).setCellValue(t);
            if (t == 0) {
                formula(r, 5, "-BuildTotal", styles.money);
            } else {
                formula(r, 1, "Adoption_Y" + t, styles.percent);
                formula(r, 2, "B" + excelRow + "*BenefitTotal", styles.money);
                formula(r, 3, "RunTotal", styles.money);
                formula(r, 4, "ComplianceCost", styles.money);
                formula(r, 5, "C" + excelRow + "-D" + excelRow + "-E" + excelRow, styles.money);
            }
            formula(r, 6, "1/(1+DiscountRate)^A" + excelRow, styles.number);
            formula(r, 7, "F" + excelRow + "*G" + excelRow, styles.money);
            formula(r, 8, "SUM(F$2:F" + excelRow + ")", styles.money);
            if (t > 0) {
                formula(r, 9, "IF(AND(I" + (excelRow - 1) + "<0,I" + excelRow + ">=0),12*(A" + excelRow + "-1)-12*I" + (excelRow - 1) + "/F" + excelRow + ",\"\")", styles.number);
            }
        }
        int last = horizon + 2;
        var results = new String[][] {
                {"NPV", "NPV(DiscountRate,F3:F" + last + ")+F2"},
                {"IRR", "IFERROR(IRR(F2:F" + last + "),\"none\")"},
                {"Payback (months)", "IF(I" + last + "<0,\"not within horizon\",IF(F2>=0,0,MAX(J3:J" + last + ")))"},
        };
        int at = last + 1;
        for (var result : results) {
            var r = sheet.createRow(at++);
            cellHeader(r, 0, result[0], styles);
            formula(r, 1, result[1], result[0].equals("IRR") ? styles.percent : result[0].equals("NPV") ? styles.money : styles.number);
            name(wb, result[0].startsWith("Payback") ? "PaybackMonths" : result[0], CASH_FLOW, r.getRowNum(), 1);
        }
    }

    private static void formula(Row r, int column, String formula, CellStyle style) {
        var cell = r.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    private static void summary(Sheet sheet, Styles styles, BriefData data) {
        var s = data.score();
        var f = s.financials();
        var rows = new Object[][] {
                {"Title", data.title()},
                {"Author", data.author()},
                {"Status", data.status()},
                {"Recommendation", s.recommendation().name()},
                {"Greenlight score", s.score()},
                {"NPV (" + f.currency() + ")", f.npv()},
                {"Risk-adjusted NPV", f.riskAdjustedNpv()},
                {"P(NPV > 0)", f.monteCarlo().probabilityNpvPositive()},
                {"P10 / P90 NPV", Math.round(f.monteCarlo().p10()) + " / " + Math.round(f.monteCarlo().p90())},
                {"Ethical risk level", s.ethics().level().name()},
                {"EU AI Act", s.ethics().euAiActTier().name() + " " + String.join(", ", s.ethics().articles())},
                {"Business case", s.businessCase()},
        };
        for (int i = 0; i < rows.length; i++) {
            var r = sheet.createRow(i);
            cellHeader(r, 0, (String) rows[i][0], styles);
            if (rows[i][1] instanceof Double d) {
                var cell = r.createCell(1);
                cell.setCellValue(d);
                cell.setCellStyle(rows[i][0].toString().startsWith("P(") ? styles.percent : styles.money);
            } else {
                text(r, 1, (String) rows[i][1], styles);
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        sheet.getWorkbook().setPrintArea(0, 0, 1, 0, rows.length - 1);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    private static void sensitivity(XSSFWorkbook wb, Styles styles, BriefData data) {
        var sheet = wb.createSheet(SENSITIVITY);
        var head = sheet.createRow(0);
        cellHeader(head, 0, "Line", styles);
        cellHeader(head, 1, "NPV at low", styles);
        cellHeader(head, 2, "NPV at high", styles);
        cellHeader(head, 3, "Swing", styles);
        sheet.createFreezePane(0, 1);
        var rows = data.score().financials().tornado();
        for (int i = 0; i < rows.size(); i++) {
            var t = rows.get(i);
            var r = sheet.createRow(i + 1);
            text(r, 0, t.line(), styles);
            number(r, 1, t.npvAtLow(), styles.money);
            number(r, 2, t.npvAtHigh(), styles.money);
            formula(r, 3, "ABS(C" + (i + 2) + "-B" + (i + 2) + ")", styles.money);
        }
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c <= 3; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        if (!rows.isEmpty()) {
            barChart(sheet, "NPV with each line at its low and its high", rows.size(), new int[] {1, 2}, new String[] {"At low", "At high"},
                    BarDirection.BAR, 5);
        }
    }

    private static void uncertainty(XSSFWorkbook wb, Styles styles, BriefData data) {
        var sheet = wb.createSheet(UNCERTAINTY);
        var mc = data.score().financials().monteCarlo();
        var head = sheet.createRow(0);
        cellHeader(head, 0, "From", styles);
        cellHeader(head, 1, "To", styles);
        cellHeader(head, 2, "Trials", styles);
        cellHeader(head, 4, "Figure", styles);
        cellHeader(head, 5, "Value", styles);
        sheet.createFreezePane(0, 1);
        var bins = mc.histogram();
        for (int i = 0; i < bins.size(); i++) {
            var r = sheet.createRow(i + 1);
            number(r, 0, bins.get(i).from(), styles.money);
            number(r, 1, bins.get(i).to(), styles.money);
            number(r, 2, bins.get(i).count(), null);
        }
        Object[][] figures = {{"Trials", (double) mc.trials()}, {"Seed", (double) mc.seed()}, {"Mean NPV", mc.mean()}, {"P10", mc.p10()},
                {"P50", mc.p50()}, {"P90", mc.p90()}, {"P(NPV > 0)", mc.probabilityNpvPositive()}};
        for (int i = 0; i < figures.length; i++) {
            var r = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
            text(r, 4, (String) figures[i][0], styles);
            number(r, 5, (Double) figures[i][1], i == figures.length - 1 ? styles.percent : styles.money);
        }
        for (int c = 0; c <= 5; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        if (!bins.isEmpty()) {
            barChart(sheet, "NPV across " + mc.trials() + " simulated futures", bins.size(), new int[] {2}, new String[] {"Trials"},
                    BarDirection.COL, 7);
        }
    }

    private static void ethics(XSSFWorkbook wb, Styles styles, BriefData data) {
        var sheet = wb.createSheet(ETHICS);
        var e = data.score().ethics();
        var head = sheet.createRow(0);
        cellHeader(head, 0, "Risk question", styles);
        cellHeader(head, 1, "Answer", styles);
        cellHeader(head, 2, "Points", styles);
        sheet.createFreezePane(0, 1);
        int at = 1;
        for (var q : RiskQuestion.values()) {
            var answer = data.ethics().answers().get(q);
            var r = sheet.createRow(at++);
            text(r, 0, q.label(), styles);
            text(r, 1, answer == null ? "Not answered (counted at its maximum)" : answer, styles);
            number(r, 2, answer == null ? q.maxPoints() : q.pointsFor(answer), null);
        }
        at++;
        Object[][] facts = {
                {"Raw risk (of 33)", String.valueOf(e.rawRisk())},
                {"Mitigations", data.ethics().mitigations().stream().map(m -> m.name() + " (" + m.credit() + ")").reduce((a, b) -> a + ", " + b).orElse("none")},
                {"Mitigation credit (of 18)", String.valueOf(e.mitigationCredit())},
                {"Residual risk", String.format(java.util.Locale.US, "%.1f", e.residualRisk())},
                {"Impact level", e.level().name() + " (" + e.level().label() + ")"},
                {"EU AI Act tier", e.euAiActTier().name()},
                {"Articles", String.join(", ", e.articles())},
                {"Required controls", String.join(", ", e.requiredControls())},
                {"Would lower the level", String.join(", ", e.toLowerLevel())},
                {"Conditions", String.join("; ", data.score().conditions())},
        };
        for (var fact : facts) {
            var r = sheet.createRow(at++);
            cellHeader(r, 0, (String) fact[0], styles);
            text(r, 1, (String) fact[1], styles);
        }
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 10 * 256);
    }

    private static void number(Row r, int column, double value, CellStyle style) {
        var cell = r.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A native Excel chart over rows 2..n+1 of this sheet: categories from column 0, one series per value column. */
    private static void barChart(XSSFSheet sheet, String title, int n, int[] valueColumns, String[] seriesTitles, BarDirection direction,
                                 int anchorColumn) {
        var drawing = sheet.createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, anchorColumn, 1, anchorColumn + 9, 24);
        var chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        var legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        var categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        var valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        var range = new CellRangeAddress(1, n, 0, 0);
        org.apache.poi.xddf.usermodel.chart.XDDFDataSource<?> categories = sheet.getRow(1).getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? XDDFDataSourcesFactory.fromNumericCellRange(sheet, range)
                : XDDFDataSourcesFactory.fromStringCellRange(sheet, range);
        var bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(direction);
        for (int i = 0; i < valueColumns.length; i++) {
            var values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, n, valueColumns[i], valueColumns[i]));
            var series = bars.addSeries(categories, values);
            series.setTitle(seriesTitles[i], null);
        }
        chart.plot(bars);
    }
}
