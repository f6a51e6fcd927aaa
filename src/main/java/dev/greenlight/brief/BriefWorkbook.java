package dev.greenlight.brief;

import dev.greenlight.scoring.EthicsResult;
import dev.greenlight.scoring.FinancialResult;
import dev.greenlight.scoring.HistogramBin;
import dev.greenlight.scoring.InputValidator;
import dev.greenlight.scoring.Mitigation;
import dev.greenlight.scoring.MoneyLine;
import dev.greenlight.scoring.MonteCarloResult;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.scoring.RiskQuestion;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.TornadoRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The project brief of PRODUCT.md §4: a printable summary, then the model behind it as live formulas on named,
 * editable assumptions, so a leader can change the discount rate and watch the NPV move. The Brief sheet shows
 * the figures as scored by the app; the Cash flow sheet recalculates.
 */
public final class BriefWorkbook {

    static final String BRIEF = "Brief";
    static final String ASSUMPTIONS = "Assumptions";
    static final String CASH_FLOW = "Cash flow";
    static final String SENSITIVITY = "Sensitivity";
    static final String UNCERTAINTY = "Uncertainty";
    static final String ETHICS = "Ethics";
    static final String ANSWERS = "Answers";
    static final String HISTORY = "History";

    static final String MODEL_VERSION_PROPERTY = "Scoring model version";
    static final String NOT_WITHIN_HORIZON = "not within horizon";
    static final String NO_IRR = "none";

    /**
     * The cash-flow table always has rows for the longest horizon the engine accepts; years past the chosen
     * horizon count as zero. That way a leader can extend HorizonYears in Excel and the table follows.
     */
    private static final int MAX_YEARS = InputValidator.MAX_HORIZON_YEARS;

    /** Cash flow sheet layout: header row, then year 0 to MAX_YEARS. */
    private static final int CF_HEADER_ROW = 2;
    private static final int CF_FIRST_ROW = CF_HEADER_ROW + 1;
    private static final int CF_YEAR = 0;
    private static final int CF_ADOPTION = 1;
    private static final int CF_BENEFITS = 2;
    private static final int CF_BUILD = 3;
    private static final int CF_RUN = 4;
    private static final int CF_COMPLIANCE = 5;
    private static final int CF_NET = 6;
    private static final int CF_FACTOR = 7;
    private static final int CF_DISCOUNTED = 8;
    private static final int CF_CUMULATIVE = 9;
    private static final int CF_DEFICIT = 10;

    /** Brief sheet: four columns of these widths (in characters) fit a portrait page. */
    private static final int[] BRIEF_WIDTHS = {26, 22, 26, 22};
    private static final int BRIEF_TEXT_CHARS = 90;
    private static final float LINE_POINTS = 15f;
    private static final int TOP_RISKS = 3;

    /** Writes the brief as an .xlsx file. */
    public byte[] write(BriefData data) {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream(64 * 1024)) {
            var styles = new Styles(wb);
            var brief = wb.createSheet(BRIEF);
            var assumptions = wb.createSheet(ASSUMPTIONS);
            var cashFlow = wb.createSheet(CASH_FLOW);
            var sensitivity = wb.createSheet(SENSITIVITY);
            var uncertainty = wb.createSheet(UNCERTAINTY);
            var ethics = wb.createSheet(ETHICS);
            var answers = wb.createSheet(ANSWERS);
            var history = wb.createSheet(HISTORY);

            writeBrief(wb, brief, data, styles);
            writeAssumptions(wb, assumptions, data, styles);
            writeCashFlow(wb, cashFlow, data, styles);
            writeSensitivity(sensitivity, data.score().financials(), styles);
            writeUncertainty(uncertainty, data.score().financials(), styles);
            writeEthics(ethics, data, styles);
            writeAnswers(answers, data, styles);
            writeHistory(history, data, styles);
            writeProperties(wb, data);
            printFitWidth(assumptions, false);
            printFitWidth(cashFlow, true);
            printFitWidth(sensitivity, true);
            printFitWidth(uncertainty, true);
            printFitWidth(ethics, false);
            printFitWidth(answers, false);
            printFitWidth(history, false);

            // Cached results for viewers that never recalculate (previews, mail clients, some web viewers);
            // Excel and LibreOffice recalculate on open anyway because of the flag below.
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- Brief

    private void writeBrief(XSSFWorkbook wb, XSSFSheet sheet, BriefData data, Styles st) {
        for (int i = 0; i < BRIEF_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, BRIEF_WIDTHS[i] * 256);
        }
        ScoreResult score = data.score();
        FinancialResult f = score.financials();
        MonteCarloResult mc = f.monteCarlo();
        var w = new RowWriter(sheet);

        var titleRow = w.next();
        CellText.write(titleRow, 0, data.title(), st.title, st.titleQuoted);
        titleRow.setHeightInPoints(24);
        merge(sheet, titleRow.getRowNum(), 0, 3);
        labelAndText(w.next(), "Author", data.author(), st);
        labelAndText(w.next(), "Status", data.status(), st);
        labelAndWrapped(sheet, w.next(), "Decision", data.decision() == null ? "No decision yet" : data.decision(), st);
        for (String condition : data.conditions()) {
            labelAndWrapped(sheet, w.next(), "Condition", condition, st);
        }

        w.skip();
        heading(w.next(), "Recommendation", st);
        var rec = w.next();
        label(rec, 0, "Recommendation", st);
        var recCell = rec.createCell(1, CellType.STRING);
        recCell.setCellValue(score.recommendation().label());
        recCell.setCellStyle(st.recommendation(score.recommendation()));
        label(rec, 2, "Greenlight score (0–100)", st);
        number(rec, 3, score.score(), st.scoreBig);
        var sub1 = w.next();
        label(sub1, 0, "Value", st);
        number(sub1, 1, score.subscores().value(), st.number0);
        label(sub1, 2, "Confidence", st);
        number(sub1, 3, score.subscores().confidence(), st.number0);
        var sub2 = w.next();
        label(sub2, 0, "Readiness", st);
        number(sub2, 1, score.subscores().readiness(), st.number0);
        label(sub2, 2, "Ethics", st);
        number(sub2, 3, score.subscores().ethics(), st.number0);
        for (String condition : score.conditions()) {
            labelAndWrapped(sheet, w.next(), "Condition for go", condition, st);
        }

        w.skip();
        heading(w.next(), "Financials (" + f.currency() + ", " + data.financials().horizonYears() + " years at "
                + percentText(data.financials().discountRate()) + ")", st);
        var f1 = w.next();
        label(f1, 0, "NPV", st);
        number(f1, 1, f.npv(), st.money);
        label(f1, 2, "Risk-adjusted NPV", st);
        number(f1, 3, f.riskAdjustedNpv(), st.money);
        var f2 = w.next();
        label(f2, 0, "IRR", st);
        if (f.irr() == null) {
            CellText.write(f2, 1, NO_IRR, st.textRight, st.textQuoted);
        } else {
            number(f2, 1, f.irr(), st.percent);
        }
        label(f2, 2, "Payback (months)", st);
        if (f.paybackMonths() == null) {
            CellText.write(f2, 3, NOT_WITHIN_HORIZON, st.textRight, st.textQuoted);
        } else {
            number(f2, 3, f.paybackMonths(), st.number1);
        }
        var f3 = w.next();
        label(f3, 0, "P(NPV > 0)", st);
        number(f3, 1, mc.probabilityNpvPositive(), st.percent);
        label(f3, 2, "Mean NPV (simulated)", st);
        number(f3, 3, mc.mean(), st.money);
        var f4 = w.next();
        label(f4, 0, "P10 NPV", st);
        number(f4, 1, mc.p10(), st.money);
        label(f4, 2, "P50 NPV", st);
        number(f4, 3, mc.p50(), st.money);
        var f5 = w.next();
        label(f5, 0, "P90 NPV", st);
        number(f5, 1, mc.p90(), st.money);
        label(f5, 2, "Build cost", st);
        number(f5, 3, f.buildCost(), st.money);

        w.skip();
        heading(w.next(), "Business case", st);
        paragraph(sheet, w.next(), score.businessCase(), st);

        w.skip();
        heading(w.next(), "Top risks", st);
        for (String risk : topRisks(data)) {
            paragraph(sheet, w.next(), risk, st);
        }

        w.skip();
        heading(w.next(), "Success metric", st);
        labelAndWrapped(sheet, w.next(), "KPI", data.kpiName() == null ? "Not set" : data.kpiName(), st);
        var kpi = w.next();
        String unit = data.kpiUnit() == null || data.kpiUnit().isBlank() ? "" : " (" + data.kpiUnit() + ")";
        label(kpi, 0, "Baseline" + unit, st);
        numberOrText(kpi, 1, data.kpiBaseline(), "not measured", st);
        label(kpi, 2, "Target" + unit, st);
        numberOrText(kpi, 3, data.kpiTarget(), "not set", st);
        labelAndWrapped(sheet, w.next(), "Kill criteria",
                data.killCriteria() == null || data.killCriteria().isBlank() ? "None given" : data.killCriteria(), st);

        w.skip();
        var footer = w.next();
        CellText.write(footer, 0, "Figures as scored by Greenlight, scoring model " + score.modelVersion()
                + ". The Cash flow sheet recalculates from the Assumptions sheet.", st.note, st.textQuoted);
        merge(sheet, footer.getRowNum(), 0, 3);

        wb.setPrintArea(wb.getSheetIndex(sheet), 0, BRIEF_WIDTHS.length - 1, 0, footer.getRowNum());
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(false);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 1);
    }

    /**
     * The three heaviest answers in the risk register, the missing controls the level requires, and the money
     * line the NPV is most sensitive to: what a reviewer would ask about first.
     */
    private static List<String> topRisks(BriefData data) {
        var risks = new ArrayList<String>();
        data.riskRegister().stream()
                .filter(r -> r.points() > 0)
                .sorted(Comparator.comparingInt(BriefData.RiskRow::points).reversed())
                .limit(TOP_RISKS)
                .forEach(r -> risks.add(r.question() + " " + r.answer() + " (" + r.points() + " of " + r.maxPoints()
                        + " risk points)"));
        EthicsResult e = data.score().ethics();
        risks.add("Ethics level " + e.level().name() + " (" + e.level().label() + "), EU AI Act tier: "
                + e.euAiActTier().label() + ".");
        var missing = e.requiredControls().stream()
                .map(Mitigation::valueOf)
                .filter(m -> !data.mitigations().contains(m))
                .map(Mitigation::label)
                .toList();
        if (!missing.isEmpty()) {
            risks.add("Required controls not yet in place: " + String.join("; ", missing) + ".");
        }
        var tornado = data.score().financials().tornado();
        if (!tornado.isEmpty()) {
            TornadoRow top = tornado.getFirst();
            risks.add("The NPV is most sensitive to \u201C" + top.line() + "\u201D: " + moneyText(top.npvAtLow()) + " to "
                    + moneyText(top.npvAtHigh()) + " " + data.score().financials().currency() + ".");
        }
        return risks;
    }

    // ---------------------------------------------------------------- Assumptions

    private void writeAssumptions(XSSFWorkbook wb, XSSFSheet sheet, BriefData data, Styles st) {
        int[] widths = {40, 16, 16, 16, 18};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        var in = data.financials();
        var w = new RowWriter(sheet);
        var title = w.next();
        text(title, 0, "Assumptions", st.title);
        title.setHeightInPoints(24);
        note(sheet, w.next(), widths, "Yellow cells are inputs: change them and the Cash flow sheet recalculates. Amounts in "
                + in.currency() + ". The cash flow uses the likely values; low and high feed the app's simulation "
                + "and tornado.", st);

        w.skip();
        heading(w.next(), "General", st);
        var currency = w.next();
        label(currency, 0, "Currency", st);
        CellText.write(currency, 1, in.currency(), st.text, st.textQuoted);
        var horizon = w.next();
        label(horizon, 0, "Horizon (years, 1–" + MAX_YEARS + ")", st);
        input(wb, sheet, horizon, 1, in.horizonYears(), st.inputInteger, "HorizonYears");
        var validation = new XSSFDataValidationHelper(sheet);
        var range = new CellRangeAddressList(horizon.getRowNum(), horizon.getRowNum(), 1, 1);
        var dv = validation.createValidation(validation.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "1", String.valueOf(MAX_YEARS)), range);
        dv.setShowErrorBox(true);
        dv.createErrorBox("Horizon", "The horizon is a whole number of years from 1 to " + MAX_YEARS + ".");
        sheet.addValidationData(dv);
        var rate = w.next();
        label(rate, 0, "Discount rate", st);
        input(wb, sheet, rate, 1, in.discountRate(), st.inputPercent, "DiscountRate");
        var p = w.next();
        label(p, 0, "Probability of technical success", st);
        input(wb, sheet, p, 1, in.probabilityOfSuccess(), st.inputPercent, "ProbabilityOfSuccess");
        var compliance = w.next();
        label(compliance, 0, "Annual compliance cost (ethics level " + data.score().ethics().level().name() + ")", st);
        input(wb, sheet, compliance, 1, data.complianceCost(), st.inputMoney, "ComplianceCost");

        w.skip();
        heading(w.next(), "Adoption (share of the full annual benefit reached)", st);
        var adoptionHeader = w.next();
        header(adoptionHeader, 0, "Year", st);
        header(adoptionHeader, 1, "Adoption", st);
        List<Double> adoption = in.adoptionByYear();
        for (int year = 1; year <= MAX_YEARS; year++) {
            var row = w.next();
            label(row, 0, "Year " + year, st);
            // Past the horizon the last year's adoption carries on, so extending HorizonYears gives a sensible
            // default instead of a year with costs and no benefit.
            double share = adoption.get(Math.min(year, adoption.size()) - 1);
            input(wb, sheet, row, 1, share, st.inputPercent, "Adoption_Y" + year);
            if (year > in.horizonYears()) {
                text(row, 2, "used only if the horizon is extended", st.hint);
            }
        }

        moneyLines(wb, sheet, w, "Build costs (one-off, year 0)", "Build", in.buildCosts(), "BuildCostTotal", st);
        moneyLines(wb, sheet, w, "Annual run costs", "Run", in.annualRunCosts(), "RunCostTotal", st);
        moneyLines(wb, sheet, w, "Annual benefits at full adoption", "Benefit", in.annualBenefits(), "BenefitTotal", st);
    }

    private void moneyLines(XSSFWorkbook wb, XSSFSheet sheet, RowWriter w, String title, String prefix,
                            List<MoneyLine> lines, String totalName, Styles st) {
        w.skip();
        heading(w.next(), title, st);
        var header = w.next();
        header(header, 0, "Line", st);
        header(header, 1, "Low", st);
        header(header, 2, "Likely", st);
        header(header, 3, "High", st);
        header(header, 4, "Evidence", st);
        var likelyNames = new ArrayList<String>();
        List<MoneyLine> safeLines = lines == null ? List.of() : lines;
        for (int i = 0; i < safeLines.size(); i++) {
            MoneyLine line = safeLines.get(i);
            String base = prefix + "_" + (i + 1) + "_";
            var row = w.next();
            CellText.write(row, 0, line.name(), st.text, st.textQuoted);
            input(wb, sheet, row, 1, line.low(), st.inputMoney, base + "Low");
            input(wb, sheet, row, 2, line.likely(), st.inputMoney, base + "Likely");
            input(wb, sheet, row, 3, line.high(), st.inputMoney, base + "High");
            text(row, 4, line.evidence() == null ? "Expert guess" : BriefData.humanise(line.evidence().name()), st.text);
            likelyNames.add(base + "Likely");
        }
        var total = w.next();
        label(total, 0, "Total (likely)", st);
        var cell = total.createCell(2);
        cell.setCellFormula(likelyNames.isEmpty() ? "0" : "SUM(" + String.join(",", likelyNames) + ")");
        cell.setCellStyle(st.moneyBold);
        name(wb, totalName, sheet, total.getRowNum(), 2);
    }

    // ---------------------------------------------------------------- Cash flow

    private void writeCashFlow(XSSFWorkbook wb, XSSFSheet sheet, BriefData data, Styles st) {
        int[] widths = {8, 11, 16, 16, 16, 16, 16, 11, 16, 16, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        var title = sheet.createRow(0);
        text(title, 0, "Cash flow (" + data.financials().currency() + ")", st.title);
        title.setHeightInPoints(24);
        note(sheet, sheet.createRow(1), widths, "Live formulas on the Assumptions sheet. Years past HorizonYears count as zero; "
                + "payback is undiscounted and linear within the year.", st);
        var header = sheet.createRow(CF_HEADER_ROW);
        String[] titles = {"Year", "Adoption", "Benefits", "Build costs", "Run costs", "Compliance", "Net cash flow",
                "Discount factor", "Discounted", "Cumulative", "Year in deficit"};
        for (int i = 0; i < titles.length; i++) {
            header(header, i, titles[i], st);
        }
        header.setHeightInPoints(30);

        for (int year = 0; year <= MAX_YEARS; year++) {
            int r = CF_FIRST_ROW + year;
            var row = sheet.createRow(r);
            String excelRow = String.valueOf(r + 1);
            number(row, CF_YEAR, year, st.integer);
            String outside = "A" + excelRow + ">HorizonYears";
            if (year == 0) {
                row.createCell(CF_ADOPTION).setCellStyle(st.percent);
                number(row, CF_BENEFITS, 0, st.money);
                formula(row, CF_BUILD, "BuildCostTotal", st.money);
                number(row, CF_RUN, 0, st.money);
                number(row, CF_COMPLIANCE, 0, st.money);
                formula(row, CF_CUMULATIVE, "G" + excelRow, st.money);
            } else {
                formula(row, CF_ADOPTION, "IF(" + outside + ",0,Adoption_Y" + year + ")", st.percent);
                formula(row, CF_BENEFITS, "B" + excelRow + "*BenefitTotal", st.money);
                number(row, CF_BUILD, 0, st.money);
                formula(row, CF_RUN, "IF(" + outside + ",0,RunCostTotal)", st.money);
                formula(row, CF_COMPLIANCE, "IF(" + outside + ",0,ComplianceCost)", st.money);
                formula(row, CF_CUMULATIVE, "J" + r + "+G" + excelRow, st.money);
            }
            formula(row, CF_NET, "C" + excelRow + "-D" + excelRow + "-E" + excelRow + "-F" + excelRow, st.moneyBold);
            formula(row, CF_FACTOR, "1/(1+DiscountRate)^A" + excelRow, st.factor);
            formula(row, CF_DISCOUNTED, "G" + excelRow + "*H" + excelRow, st.money);
            // The last year whose cumulative is still negative decides payback "for good", as in the engine;
            // -1 (shown blank) means never in deficit.
            formula(row, CF_DEFICIT, "IF(J" + excelRow + "<0,A" + excelRow + ",-1)", st.deficitYear);
        }
        int first = CF_FIRST_ROW + 1;
        int last = CF_FIRST_ROW + MAX_YEARS + 1;
        String net = "G" + first + ":G" + last;
        String netFromYearOne = "G" + (first + 1) + ":G" + last;
        name(wb, "CashFlows", sheet, CF_FIRST_ROW, CF_NET, CF_FIRST_ROW + MAX_YEARS, CF_NET);

        var totals = sheet.createRow(last);
        text(totals, CF_YEAR, "Total", st.bold);
        for (int col : new int[] {CF_BENEFITS, CF_BUILD, CF_RUN, CF_COMPLIANCE, CF_NET, CF_DISCOUNTED}) {
            String letter = CellReference.convertNumToColString(col);
            formula(totals, col, "SUM(" + letter + first + ":" + letter + last + ")", st.moneyBold);
        }

        int r = last + 2;
        r = result(wb, sheet, r, "NPV", "NPV(DiscountRate," + netFromYearOne + ")+G" + first, st.moneyBold,
                "NetPresentValue", st);
        r = result(wb, sheet, r, "Risk-adjusted NPV",
                "ProbabilityOfSuccess*NetPresentValue+(1-ProbabilityOfSuccess)*-BuildCostTotal", st.moneyBold,
                "RiskAdjustedNpv", st);
        // Newton's method from Excel's default guess of 10 % misses strongly negative rates (a project that loses
        // most of its money), so two more starting points are tried before giving up; the engine likewise
        // reports the root nearest 10 % when there are several.
        r = result(wb, sheet, r, "IRR", "IFERROR(IRR(" + net + "),IFERROR(IRR(" + net + ",-0.5),IFERROR(IRR(" + net
                + ",2),\"" + NO_IRR + "\")))", st.percentBold,
                "InternalRateOfReturn", st);
        r = result(wb, sheet, r, "Last year in deficit (-1: never)", "MAX(K" + first + ":K" + last + ")", st.integer,
                "LastDeficitYear", st);
        result(wb, sheet, r, "Payback (months)", "IF(LastDeficitYear<0,0,IF(LastDeficitYear>=HorizonYears,\""
                + NOT_WITHIN_HORIZON + "\",12*(LastDeficitYear-INDEX(J" + first + ":J" + last
                + ",LastDeficitYear+1)/INDEX(" + net + ",LastDeficitYear+2))))", st.number1Bold, "PaybackMonths", st);
        sheet.createFreezePane(1, CF_FIRST_ROW);
    }

    private static int result(XSSFWorkbook wb, XSSFSheet sheet, int r, String label, String formula, CellStyle style,
                              String name, Styles st) {
        var row = sheet.createRow(r);
        text(row, 0, label, st.bold);
        formula(row, 4, formula, style);
        name(wb, name, sheet, r, 4);
        return r + 1;
    }

    // ---------------------------------------------------------------- Sensitivity and uncertainty

    private void writeSensitivity(XSSFSheet sheet, FinancialResult f, Styles st) {
        int[] widths = {40, 16, 16, 16};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        var title = sheet.createRow(0);
        text(title, 0, "Sensitivity (" + f.currency() + ")", st.title);
        title.setHeightInPoints(24);
        note(sheet, sheet.createRow(1), widths, "NPV with one money line at its low and at its high estimate, every other line "
                + "at likely; largest swing first. Base NPV " + moneyText(f.npv()) + ".", st);
        var header = sheet.createRow(2);
        header(header, 0, "Money line", st);
        header(header, 1, "NPV at low", st);
        header(header, 2, "NPV at high", st);
        header(header, 3, "Swing", st);
        List<TornadoRow> rows = f.tornado();
        for (int i = 0; i < rows.size(); i++) {
            var row = sheet.createRow(3 + i);
            TornadoRow t = rows.get(i);
            CellText.write(row, 0, t.line(), st.text, st.textQuoted);
            number(row, 1, t.npvAtLow(), st.money);
            number(row, 2, t.npvAtHigh(), st.money);
            number(row, 3, t.swing(), st.money);
        }
        sheet.createFreezePane(0, 3);
        if (!rows.isEmpty()) {
            int height = Math.max(18, rows.size() * 3 + 6);
            XSSFChart chart = chart(sheet, 5, 2, 14, 2 + height, "NPV at low and high estimate");
            XDDFCategoryAxis lines = chart.createCategoryAxis(AxisPosition.LEFT);
            // Largest swing on top, as a tornado reads.
            lines.setOrientation(AxisOrientation.MAX_MIN);
            XDDFValueAxis npv = chart.createValueAxis(AxisPosition.BOTTOM);
            npv.setCrosses(AxisCrosses.AUTO_ZERO);
            npv.setTitle("NPV (" + f.currency() + ")");
            var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, lines, npv);
            data.setBarDirection(BarDirection.BAR);
            data.setVaryColors(false);
            var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(3, 2 + rows.size(), 0, 0));
            for (int col = 1; col <= 2; col++) {
                XDDFChartData.Series s = data.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(3, 2 + rows.size(), col, col)));
                s.setTitle(col == 1 ? "NPV at low" : "NPV at high", new CellReference(SENSITIVITY, 2, col, true, true));
                fill(s, col == 1 ? PresetColor.INDIAN_RED : PresetColor.SEA_GREEN);
            }
            chart.plot(data);
        }
    }

    private void writeUncertainty(XSSFSheet sheet, FinancialResult f, Styles st) {
        int[] widths = {30, 16, 16, 34};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        MonteCarloResult mc = f.monteCarlo();
        var title = sheet.createRow(0);
        text(title, 0, "Uncertainty (" + f.currency() + ")", st.title);
        title.setHeightInPoints(24);
        note(sheet, sheet.createRow(1), widths, "Monte Carlo simulation: " + String.format(Locale.US, "%,d", mc.trials())
                + " trials, seed " + mc.seed() + ". A failed build loses its cost and earns nothing.", st);
        var header = sheet.createRow(2);
        header(header, 0, "Statistic", st);
        header(header, 1, "NPV", st);
        Object[][] stats = {{"P10", mc.p10()}, {"P50 (median)", mc.p50()}, {"P90", mc.p90()}, {"Mean", mc.mean()}};
        int r = 3;
        for (Object[] stat : stats) {
            var row = sheet.createRow(r++);
            text(row, 0, (String) stat[0], st.text);
            number(row, 1, (Double) stat[1], st.money);
        }
        var positive = sheet.createRow(r++);
        text(positive, 0, "P(NPV > 0)", st.text);
        number(positive, 1, mc.probabilityNpvPositive(), st.percent);

        r++;
        int histogramHeader = r;
        var h = sheet.createRow(r++);
        header(h, 0, "NPV from", st);
        header(h, 1, "NPV to", st);
        header(h, 2, "Trials", st);
        header(h, 3, "Bin", st);
        List<HistogramBin> bins = mc.histogram();
        for (HistogramBin bin : bins) {
            var row = sheet.createRow(r++);
            number(row, 0, bin.from(), st.money);
            number(row, 1, bin.to(), st.money);
            number(row, 2, bin.count(), st.integer);
            text(row, 3, moneyText(bin.from()) + " to " + moneyText(bin.to()), st.text);
        }
        if (!bins.isEmpty()) {
            int first = histogramHeader + 1;
            int last = histogramHeader + bins.size();
            XSSFChart chart = chart(sheet, 5, 2, 15, 24, "Simulated NPV");
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis npv = chart.createCategoryAxis(AxisPosition.BOTTOM);
            npv.setTitle("NPV (" + f.currency() + ")");
            XDDFValueAxis trials = chart.createValueAxis(AxisPosition.LEFT);
            trials.setCrosses(AxisCrosses.AUTO_ZERO);
            trials.setTitle("Trials");
            var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, npv, trials);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            data.setGapWidth(10);
            var s = data.addSeries(
                    XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 3, 3)),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 2, 2)));
            s.setTitle("Trials", new CellReference(UNCERTAINTY, histogramHeader, 2, true, true));
            fill(s, PresetColor.STEEL_BLUE);
            chart.plot(data);
        }
    }

    /** An explicit fill: without one LibreOffice draws the bars invisible. */
    private static void fill(XDDFChartData.Series series, PresetColor colour) {
        var properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(properties);
    }

    private static XSSFChart chart(XSSFSheet sheet, int col1, int row1, int col2, int row2, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    // ---------------------------------------------------------------- Ethics, answers, history

    private void writeEthics(XSSFSheet sheet, BriefData data, Styles st) {
        int[] widths = {60, 40, 10, 10};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        EthicsResult e = data.score().ethics();
        var w = new RowWriter(sheet);
        var title = w.next();
        text(title, 0, "Ethics", st.title);
        title.setHeightInPoints(24);

        w.skip();
        heading(w.next(), "Risk register", st);
        var header = w.next();
        header(header, 0, "Question", st);
        header(header, 1, "Answer", st);
        header(header, 2, "Points", st);
        header(header, 3, "Maximum", st);
        for (BriefData.RiskRow risk : data.riskRegister()) {
            var row = w.next();
            CellText.write(row, 0, risk.question(), st.wrap, st.wrapQuoted);
            CellText.write(row, 1, risk.answer(), st.wrap, st.wrapQuoted);
            number(row, 2, risk.points(), st.integer);
            number(row, 3, risk.maxPoints(), st.integer);
        }
        var raw = w.next();
        text(raw, 0, "Raw risk", st.bold);
        number(raw, 2, e.rawRisk(), st.integerBold);

        w.skip();
        heading(w.next(), "Mitigations in place", st);
        var mh = w.next();
        header(mh, 0, "Mitigation", st);
        header(mh, 2, "Credit", st);
        for (Mitigation m : data.mitigations()) {
            var row = w.next();
            text(row, 0, m.label(), st.text);
            number(row, 2, m.credit(), st.integer);
        }
        if (data.mitigations().isEmpty()) {
            text(w.next(), 0, "None", st.text);
        }
        var credit = w.next();
        text(credit, 0, "Mitigation credit", st.bold);
        number(credit, 2, e.mitigationCredit(), st.integerBold);
        var residual = w.next();
        text(residual, 0, "Residual risk (of " + RiskQuestion.MAX_RAW_RISK + ")", st.bold);
        number(residual, 2, e.residualRisk(), st.number1Bold);
        var level = w.next();
        text(level, 0, "Ethics level", st.bold);
        text(level, 1, e.level().name() + " (" + e.level().label() + ")", st.text);

        w.skip();
        heading(w.next(), "EU AI Act", st);
        var tier = w.next();
        text(tier, 0, "Tier", st.bold);
        text(tier, 1, e.euAiActTier().label(), st.text);
        for (String article : e.articles()) {
            var row = w.next();
            text(row, 0, "Provision", st.text);
            CellText.write(row, 1, article, st.text, st.textQuoted);
        }
        if (e.article6Documentation()) {
            text(w.next(), 0, "The Art. 6(3) exemption applies: document that assessment (Art. 6(4)).", st.text);
        }

        w.skip();
        heading(w.next(), "Required controls for level " + e.level().name(), st);
        var rh = w.next();
        header(rh, 0, "Control", st);
        header(rh, 1, "In place", st);
        for (String control : e.requiredControls()) {
            var m = Mitigation.valueOf(control);
            var row = w.next();
            text(row, 0, m.label(), st.text);
            text(row, 1, data.mitigations().contains(m) ? "yes" : "no: " + m.condition(), st.wrap);
        }
        if (e.requiredControls().isEmpty()) {
            text(w.next(), 0, "None at this level", st.text);
        }
        if (!e.toLowerLevel().isEmpty()) {
            var lower = w.next();
            text(lower, 0, "To lower the level by one, add", st.bold);
            text(lower, 1, String.join("; ", e.toLowerLevel().stream().map(c -> Mitigation.valueOf(c).label()).toList()),
                    st.wrap);
        }
    }

    private void writeAnswers(XSSFSheet sheet, BriefData data, Styles st) {
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        var header = sheet.createRow(0);
        header(header, 0, "Question", st);
        header(header, 1, "Answer", st);
        int r = 1;
        for (BriefData.Answer answer : data.answers()) {
            var row = sheet.createRow(r++);
            CellText.write(row, 0, answer.question(), st.wrap, st.wrapQuoted);
            CellText.write(row, 1, answer.answer(), st.wrap, st.wrapQuoted);
        }
        sheet.createFreezePane(0, 1);
    }

    private void writeHistory(XSSFSheet sheet, BriefData data, Styles st) {
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        var header = sheet.createRow(0);
        header(header, 0, "When (UTC)", st);
        header(header, 1, "Who", st);
        header(header, 2, "What", st);
        int r = 1;
        for (BriefData.HistoryEntry entry : data.history()) {
            var row = sheet.createRow(r++);
            var when = row.createCell(0);
            if (entry.when() != null) {
                // Excel dates have no zone; the header says which one these are.
                when.setCellValue(entry.when().atOffset(ZoneOffset.UTC).toLocalDateTime());
            }
            when.setCellStyle(st.dateTime);
            CellText.write(row, 1, entry.who(), st.text, st.textQuoted);
            CellText.write(row, 2, entry.what(), st.wrap, st.wrapQuoted);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void writeProperties(XSSFWorkbook wb, BriefData data) {
        var core = wb.getProperties().getCoreProperties();
        core.setTitle(data.title());
        core.setCreator(data.author());
        core.setSubjectProperty("Greenlight project brief");
        core.setCreated(Optional.of(new Date()));
        wb.getProperties().getCustomProperties().addProperty(MODEL_VERSION_PROPERTY, data.score().modelVersion());
    }

    // ---------------------------------------------------------------- helpers

    /** Hands out consecutive rows, so sections can grow without renumbering the ones below. */
    private static final class RowWriter {
        private final XSSFSheet sheet;
        private int next;

        RowWriter(XSSFSheet sheet) {
            this.sheet = sheet;
        }

        XSSFRow next() {
            return sheet.createRow(next++);
        }

        void skip() {
            next++;
        }
    }

    private void input(XSSFWorkbook wb, XSSFSheet sheet, XSSFRow row, int col, double value, CellStyle style,
                       String name) {
        number(row, col, value, style);
        name(wb, name, sheet, row.getRowNum(), col);
    }

    private static void name(XSSFWorkbook wb, String name, XSSFSheet sheet, int row, int col) {
        name(wb, name, sheet, row, col, row, col);
    }

    private static void name(XSSFWorkbook wb, String name, XSSFSheet sheet, int row1, int col1, int row2, int col2) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        String ref = "'" + sheet.getSheetName() + "'!" + new CellReference(row1, col1, true, true).formatAsString();
        if (row1 != row2 || col1 != col2) {
            ref += ":" + new CellReference(row2, col2, true, true).formatAsString();
        }
        n.setRefersToFormula(ref);
    }

    private static void formula(XSSFRow row, int col, String formula, CellStyle style) {
        XSSFCell cell = row.createCell(col);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    private static void number(XSSFRow row, int col, double value, CellStyle style) {
        XSSFCell cell = row.createCell(col, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void numberOrText(XSSFRow row, int col, Double value, String otherwise, Styles st) {
        if (value == null) {
            text(row, col, otherwise, st.textRight);
        } else {
            number(row, col, value, st.numberGeneral);
        }
    }

    /** For the app's own words only; user text goes through {@link CellText}. */
    private static void text(XSSFRow row, int col, String value, CellStyle style) {
        XSSFCell cell = row.createCell(col, CellType.STRING);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void label(XSSFRow row, int col, String value, Styles st) {
        text(row, col, value, st.bold);
    }

    private static void header(XSSFRow row, int col, String value, Styles st) {
        text(row, col, value, st.header);
    }

    private static void heading(XSSFRow row, String value, Styles st) {
        text(row, 0, value, st.heading);
        row.setHeightInPoints(20);
    }

    private static void labelAndText(XSSFRow row, String label, String value, Styles st) {
        label(row, 0, label, st);
        CellText.write(row, 1, value, st.text, st.textQuoted);
    }

    /** A label, then user text across the remaining columns, tall enough for its wrapped lines. */
    private static void labelAndWrapped(XSSFSheet sheet, XSSFRow row, String label, String value, Styles st) {
        label(row, 0, label, st);
        CellText.write(row, 1, value, st.wrap, st.wrapQuoted);
        merge(sheet, row.getRowNum(), 1, 3);
        fitHeight(row, value, BRIEF_TEXT_CHARS - BRIEF_WIDTHS[0]);
    }

    private static void paragraph(XSSFSheet sheet, XSSFRow row, String value, Styles st) {
        CellText.write(row, 0, value, st.wrap, st.wrapQuoted);
        merge(sheet, row.getRowNum(), 0, 3);
        fitHeight(row, value, BRIEF_TEXT_CHARS);
    }

    /**
     * Neither Excel nor LibreOffice grows a merged row to fit wrapped text, so estimate the lines: proportional
     * text averages a little under one character per unit of column width.
     */
    private static void fitHeight(XSSFRow row, String value, int charsPerLine) {
        if (value == null) {
            return;
        }
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) charsPerLine));
        }
        row.setHeightInPoints(Math.min(409, lines * LINE_POINTS + 2));
    }

    /**
     * An explanatory line across the sheet's table. Merged and wrapped rather than left to overflow, because an
     * overflowing text widens the printed area by pages of nothing but its tail.
     */
    private static void note(XSSFSheet sheet, XSSFRow row, int[] widths, String value, Styles st) {
        text(row, 0, value, st.note);
        merge(sheet, row.getRowNum(), 0, widths.length - 1);
        fitHeight(row, value, Arrays.stream(widths).sum());
    }

    /** Fit the columns to one page and let the rows run on: tables are read across, charts sit beside them. */
    private static void printFitWidth(XSSFSheet sheet, boolean landscape) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static void merge(XSSFSheet sheet, int row, int col1, int col2) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, col1, col2));
    }

    private static String moneyText(double amount) {
        return String.format(Locale.US, "%,.0f", amount);
    }

    private static String percentText(double fraction) {
        return String.format(Locale.US, "%.1f %%", fraction * 100);
    }

    /** Every cell style of a brief, created once: a workbook holds at most 64,000 of them. */
    static final class Styles {
        private static final String MONEY = "#,##0;-#,##0";
        final XSSFCellStyle title;
        final XSSFCellStyle titleQuoted;
        final XSSFCellStyle heading;
        final XSSFCellStyle header;
        final XSSFCellStyle bold;
        final XSSFCellStyle note;
        final XSSFCellStyle hint;
        final XSSFCellStyle text;
        final XSSFCellStyle textQuoted;
        final XSSFCellStyle textRight;
        final XSSFCellStyle wrap;
        final XSSFCellStyle wrapQuoted;
        final XSSFCellStyle money;
        final XSSFCellStyle moneyBold;
        final XSSFCellStyle percent;
        final XSSFCellStyle percentBold;
        final XSSFCellStyle integer;
        final XSSFCellStyle integerBold;
        final XSSFCellStyle number0;
        final XSSFCellStyle number1;
        final XSSFCellStyle number1Bold;
        final XSSFCellStyle numberGeneral;
        final XSSFCellStyle factor;
        final XSSFCellStyle deficitYear;
        final XSSFCellStyle scoreBig;
        final XSSFCellStyle dateTime;
        final XSSFCellStyle inputMoney;
        final XSSFCellStyle inputPercent;
        final XSSFCellStyle inputInteger;
        private final XSSFCellStyle go;
        private final XSSFCellStyle goWithConditions;
        private final XSSFCellStyle revise;
        private final XSSFCellStyle noGo;

        Styles(XSSFWorkbook wb) {
            XSSFFont boldFont = wb.createFont();
            boldFont.setBold(true);
            XSSFFont titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            XSSFFont headingFont = wb.createFont();
            headingFont.setBold(true);
            headingFont.setFontHeightInPoints((short) 12);
            headingFont.setColor(new XSSFColor(new byte[] {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, null));
            XSSFFont noteFont = wb.createFont();
            noteFont.setItalic(true);
            noteFont.setColor(new XSSFColor(new byte[] {(byte) 0x59, (byte) 0x59, (byte) 0x59}, null));
            XSSFFont bigFont = wb.createFont();
            bigFont.setBold(true);
            bigFont.setFontHeightInPoints((short) 14);
            var format = wb.createDataFormat();

            title = style(wb, titleFont);
            titleQuoted = quoted(wb, title);
            heading = style(wb, headingFont);
            header = style(wb, boldFont);
            header.setFillForegroundColor(rgb(0xD9, 0xE1, 0xF2));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            bold = style(wb, boldFont);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            note = style(wb, noteFont);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            hint = style(wb, noteFont);
            text = style(wb, null);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            textQuoted = quoted(wb, text);
            textRight = style(wb, null);
            textRight.setAlignment(HorizontalAlignment.RIGHT);
            wrap = style(wb, null);
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            wrapQuoted = quoted(wb, wrap);
            money = numeric(wb, null, format.getFormat(MONEY));
            moneyBold = numeric(wb, boldFont, format.getFormat(MONEY));
            percent = numeric(wb, null, format.getFormat("0.0%"));
            percentBold = numeric(wb, boldFont, format.getFormat("0.0%"));
            integer = numeric(wb, null, format.getFormat("0"));
            integerBold = numeric(wb, boldFont, format.getFormat("0"));
            number0 = numeric(wb, null, format.getFormat("0"));
            number1 = numeric(wb, null, format.getFormat("0.0"));
            number1Bold = numeric(wb, boldFont, format.getFormat("0.0"));
            numberGeneral = numeric(wb, null, format.getFormat("#,##0.##"));
            factor = numeric(wb, null, format.getFormat("0.0000"));
            // Negative (-1, "never in deficit") shows as blank.
            deficitYear = numeric(wb, null, format.getFormat("0;;0"));
            scoreBig = numeric(wb, bigFont, format.getFormat("0"));
            dateTime = numeric(wb, null, format.getFormat("yyyy-mm-dd hh:mm"));
            inputMoney = input(wb, format.getFormat(MONEY));
            inputPercent = input(wb, format.getFormat("0.0%"));
            inputInteger = input(wb, format.getFormat("0"));
            go = filled(wb, boldFont, rgb(0xC6, 0xEF, 0xCE));
            goWithConditions = filled(wb, boldFont, rgb(0xE2, 0xEF, 0xDA));
            revise = filled(wb, boldFont, rgb(0xFF, 0xEB, 0x9C));
            noGo = filled(wb, boldFont, rgb(0xFF, 0xC7, 0xCE));
        }

        XSSFCellStyle recommendation(Recommendation r) {
            return switch (r) {
                case GO -> go;
                case GO_WITH_CONDITIONS -> goWithConditions;
                case REVISE -> revise;
                case NO_GO -> noGo;
            };
        }

        static XSSFColor rgb(int r, int g, int b) {
            return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
        }

        private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font) {
            XSSFCellStyle s = wb.createCellStyle();
            if (font != null) {
                s.setFont(font);
            }
            return s;
        }

        private static XSSFCellStyle quoted(XSSFWorkbook wb, XSSFCellStyle base) {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setQuotePrefixed(true);
            return s;
        }

        private static XSSFCellStyle numeric(XSSFWorkbook wb, XSSFFont font, short format) {
            XSSFCellStyle s = style(wb, font);
            s.setDataFormat(format);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        /** Unlocked so the cell stays editable if someone protects the sheet, and filled so it looks editable. */
        private static XSSFCellStyle input(XSSFWorkbook wb, short format) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setDataFormat(format);
            s.setLocked(false);
            s.setFillForegroundColor(rgb(0xFF, 0xF2, 0xCC));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        private static XSSFCellStyle filled(XSSFWorkbook wb, XSSFFont font, XSSFColor colour) {
            XSSFCellStyle s = style(wb, font);
            s.setFillForegroundColor(colour);
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }
    }
}
