package dev.greenlight.brief;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The printable first sheet, on one portrait A4 page: two blocks of label and figure side by side, a narrow empty
 * column between them so a right-aligned figure never runs into the next label. Every figure that follows from the
 * assumptions is a formula over the Cash flow and Assumptions sheets' names; the score and the simulation are shown
 * as Greenlight computed them.
 */
record BriefSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st, List<Link> links) {

    BriefSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {
        this(sheet, data, st, new ArrayList<>());
    }

    /** Label, figure, spacer, label, figure, in characters: together they fit a portrait page. */
    private static final int[] WIDTHS = {26, 20, 3, 26, 20};
    /** The first column of the right-hand block. */
    static final int RIGHT = 3;
    private static final int LAST = WIDTHS.length - 1;
    private static final int TEXT_CHARS = sum(0);
    private static final int VALUE_CHARS = sum(1);

    void write() {
        Cells.widths(sheet, WIDTHS);
        var score = data.score();
        var f = score.financials();
        var mc = f.monteCarlo();
        var rows = new SheetRows(sheet, st);

        var titleRow = rows.next();
        CellText.write(titleRow, 0, data.title(), st.userTitle);
        Cells.merge(sheet, titleRow.getRowNum(), 0, LAST);
        // 16-point letters: about 11/16 as many to a line as the body's, each line about 22 points high
        titleRow.setHeightInPoints(Cells.lines(data.title(), TEXT_CHARS * 11 / 16) * 22f + 2);
        labelAndWrapped(rows.next(), "Author", data.author());
        labelAndWrapped(rows.next(), "Status", data.status());
        labelAndWrapped(rows.next(), "Decision", data.decision() == null ? "No decision yet" : data.decision());
        for (String condition : data.conditions()) {
            labelAndWrapped(rows.next(), "Condition", condition);
        }

        rows.skip();
        rows.heading("Recommendation");
        var rec = rows.next();
        label(rec, 0, "Recommendation");
        Cells.text(rec, 1, score.recommendation().heading(), st.recommendation(score.recommendation()));
        figure(rec, RIGHT, "Greenlight score (0–100)", score.score(), st.scoreBig);
        rec.setHeightInPoints(20);
        pair(rows.next(), "Value", score.subscores().value(), "Confidence", score.subscores().confidence(), st.number0);
        pair(rows.next(), "Readiness", score.subscores().readiness(), "Ethics", score.subscores().ethics(), st.number0);
        for (String condition : score.conditions()) {
            labelAndWrapped(rows.next(), "Condition for go", condition);
        }

        rows.skip();
        financialsHeading(rows.heading("Financials"), f.currency());
        var f1 = rows.next();
        linked(f1, 0, "NPV", BriefNames.NET_PRESENT_VALUE, st.money);
        linked(f1, RIGHT, "Risk-adjusted NPV", BriefNames.RISK_ADJUSTED_NPV, st.money);
        var f2 = rows.next();
        linked(f2, 0, "IRR", BriefNames.INTERNAL_RATE_OF_RETURN, st.wholePercent);
        linked(f2, RIGHT, "Payback (months)", BriefNames.PAYBACK_MONTHS, st.number1);
        var f3 = rows.next();
        linked(f3, 0, "Probability of success", BriefNames.PROBABILITY_OF_SUCCESS, st.wholePercent);
        linked(f3, RIGHT, "Build cost", BriefNames.MoneyLines.BUILD.total(), st.money);
        var f4 = rows.next();
        linked(f4, 0, "Run cost a year", BriefNames.MoneyLines.RUN.total(), st.money);
        linked(f4, RIGHT, "Benefit a year (full adoption)", BriefNames.MoneyLines.BENEFIT.total(), st.money);
        var f5 = rows.next();
        linked(f5, 0, "Compliance cost a year", BriefNames.COMPLIANCE_COST, st.money);
        if (AlternativeSheet.needed(data)) {
            linked(f5, RIGHT, "AI adds over the non-AI way", BriefNames.INCREMENTAL_RISK_ADJUSTED_NPV, st.money);
        }

        rows.skip();
        rows.heading("Simulated outcomes (as scored)");
        var s1 = rows.next();
        figure(s1, 0, "P(NPV > 0)", mc.probabilityNpvPositive(), st.wholePercent);
        figure(s1, RIGHT, "Mean NPV", mc.mean(), st.money);
        pair(rows.next(), "P10 NPV", mc.p10(), "P50 NPV", mc.p50(), st.money);
        figure(rows.next(), 0, "P90 NPV", mc.p90(), st.money);

        rows.skip();
        rows.heading("Business case");
        paragraph(rows.next(), score.businessCase());
        if (data.outsideView() != null) {
            rows.skip();
            rows.heading("Outside view");
            paragraph(rows.next(), data.outsideView());
        }

        rows.skip();
        rows.heading("Top risks");
        for (String risk : data.topRisks()) {
            paragraph(rows.next(), risk);
        }

        rows.skip();
        rows.heading("Success metric");
        labelAndWrapped(rows.next(), "KPI", data.kpiName() == null ? "Not set" : data.kpiName());
        var kpi = rows.next();
        String unit = data.kpiUnit() == null || data.kpiUnit().isBlank() ? "" : " (" + data.kpiUnit() + ")";
        figureOr(kpi, 0, "Baseline" + unit, data.kpiBaseline(), "not measured", st.numberGeneral);
        figureOr(kpi, RIGHT, "Target" + unit, data.kpiTarget(), "not set", st.numberGeneral);
        labelAndWrapped(rows.next(), "Kill criteria",
                data.killCriteria() == null || data.killCriteria().isBlank() ? "None given" : data.killCriteria());

        rows.skip();
        var footer = rows.next();
        String note = "The financials follow the Assumptions and Cash flow sheets: edit an assumption and they move. The score, "
                + "subscores and simulated outcomes are as Greenlight scored them (model " + score.modelVersion() + ").";
        Cells.text(footer, 0, note, st.note);
        Cells.merge(sheet, footer.getRowNum(), 0, LAST);
        Cells.fitHeight(footer, note, TEXT_CHARS);
        printOnOnePage(footer.getRowNum());
    }

    private void printOnOnePage(int lastRow) {
        var wb = sheet.getWorkbook();
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, LAST, 0, lastRow);
        Cells.printFitWidth(sheet, false);
        sheet.setHorizontallyCenter(true);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    /**
     * The heading names the currency, horizon and discount rate, the last two live: they are assumptions too. The rate
     * is rounded rather than put through TEXT, whose format codes change with Excel's language.
     */
    private void financialsHeading(XSSFRow heading, String currency) {
        links.add(new Link(heading.getCell(0), Formula.text("Financials (" + currency + ", ") + "&" + BriefNames.HORIZON_YEARS
                + "&" + Formula.text(" years at ") + "&" + Formula.call("ROUND", BriefNames.DISCOUNT_RATE + "*100", "1")
                + "&" + Formula.text(" %)")));
    }

    /**
     * A label and a cell that shows a result of the Cash flow or Assumptions sheet by its name, so the printed page
     * follows an edited assumption. The formula is set by {@link #link()} once the sheets have defined the names.
     */
    private void linked(XSSFRow row, int column, String label, String name, CellStyle style) {
        label(row, column, label);
        var cell = row.createCell(column + 1);
        cell.setCellStyle(style);
        links.add(new Link(cell, name));
    }

    /** Points each linked cell at its formula; called after the sheets that define the names are written. */
    void link() {
        links.forEach(l -> l.cell().setCellFormula(l.formula()));
    }

    record Link(Cell cell, String formula) {
    }

    private void label(XSSFRow row, int column, String words) {
        Cells.text(row, column, words, st.bold);
    }

    /** A label and its figure in two adjacent columns. */
    private void figure(XSSFRow row, int column, String label, double value, CellStyle style) {
        label(row, column, label);
        Cells.number(row, column + 1, value, style);
    }

    /** Two labelled figures side by side, in the same style. */
    private void pair(XSSFRow row, String label1, double value1, String label2, double value2, CellStyle style) {
        figure(row, 0, label1, value1, style);
        figure(row, RIGHT, label2, value2, style);
    }

    /** A labelled figure, or the words that say why there is none, right-aligned like a number. */
    private void figureOr(XSSFRow row, int column, String label, Double value, String otherwise, CellStyle style) {
        if (value == null) {
            label(row, column, label);
            Cells.text(row, column + 1, otherwise, st.textRight);
        } else {
            figure(row, column, label, value, style);
        }
    }

    /** A label, then user text across the remaining columns, tall enough for its wrapped lines. */
    private void labelAndWrapped(XSSFRow row, String label, String value) {
        label(row, 0, label);
        CellText.write(row, 1, value, st.userWrap);
        Cells.merge(sheet, row.getRowNum(), 1, LAST);
        Cells.fitHeight(row, value, VALUE_CHARS);
    }

    private void paragraph(XSSFRow row, String value) {
        CellText.write(row, 0, value, st.userWrap);
        Cells.merge(sheet, row.getRowNum(), 0, LAST);
        Cells.fitHeight(row, value, TEXT_CHARS);
    }

    private static int sum(int from) {
        int total = 0;
        for (int i = from; i < WIDTHS.length; i++) {
            total += WIDTHS[i];
        }
        return total;
    }
}
