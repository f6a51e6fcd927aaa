package dev.greenlight.brief;

import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The printable first sheet: the figures as the app scored them, on one portrait A4 page. */
record BriefSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    /** Four columns of these widths (in characters) fit a portrait page. */
    private static final int[] WIDTHS = {26, 22, 26, 22};
    private static final int TEXT_CHARS = 90;

    void write() {
        Cells.widths(sheet, WIDTHS);
        var score = data.score();
        var f = score.financials();
        var mc = f.monteCarlo();
        var rows = new SheetRows(sheet, st);

        var titleRow = rows.next();
        CellText.write(titleRow, 0, data.title(), st.userTitle);
        titleRow.setHeightInPoints(24);
        Cells.merge(sheet, titleRow.getRowNum(), 0, 3);
        labelAndText(rows.next(), "Author", data.author());
        labelAndText(rows.next(), "Status", data.status());
        labelAndWrapped(rows.next(), "Decision", data.decision() == null ? "No decision yet" : data.decision());
        for (String condition : data.conditions()) {
            labelAndWrapped(rows.next(), "Condition", condition);
        }

        rows.skip();
        rows.heading("Recommendation");
        var rec = rows.next();
        label(rec, 0, "Recommendation");
        Cells.text(rec, 1, score.recommendation().label(), st.recommendation(score.recommendation()));
        figure(rec, 2, "Greenlight score (0–100)", score.score(), st.scoreBig);
        pair(rows.next(), "Value", score.subscores().value(), "Confidence", score.subscores().confidence(), st.number0);
        pair(rows.next(), "Readiness", score.subscores().readiness(), "Ethics", score.subscores().ethics(), st.number0);
        for (String condition : score.conditions()) {
            labelAndWrapped(rows.next(), "Condition for go", condition);
        }

        rows.skip();
        rows.heading("Financials (" + f.currency() + ", " + data.financials().horizonYears() + " years at "
                + String.format(Locale.US, "%.1f %%", data.financials().discountRate() * 100) + ")");
        pair(rows.next(), "NPV", f.npv(), "Risk-adjusted NPV", f.riskAdjustedNpv(), st.money);
        var f2 = rows.next();
        figureOr(f2, 0, "IRR", f.irr(), BriefWorkbook.NO_IRR, st.percent);
        figureOr(f2, 2, "Payback (months)", f.paybackMonths(), BriefWorkbook.NOT_WITHIN_HORIZON, st.number1);
        var f3 = rows.next();
        figure(f3, 0, "P(NPV > 0)", mc.probabilityNpvPositive(), st.percent);
        figure(f3, 2, "Mean NPV (simulated)", mc.mean(), st.money);
        pair(rows.next(), "P10 NPV", mc.p10(), "P50 NPV", mc.p50(), st.money);
        pair(rows.next(), "P90 NPV", mc.p90(), "Build cost", f.buildCost(), st.money);

        rows.skip();
        rows.heading("Business case");
        paragraph(rows.next(), score.businessCase());

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
        figureOr(kpi, 2, "Target" + unit, data.kpiTarget(), "not set", st.numberGeneral);
        labelAndWrapped(rows.next(), "Kill criteria",
                data.killCriteria() == null || data.killCriteria().isBlank() ? "None given" : data.killCriteria());

        rows.skip();
        var footer = rows.next();
        Cells.text(footer, 0, "Figures as scored by Greenlight, scoring model " + score.modelVersion()
                + ". The Cash flow sheet recalculates from the Assumptions sheet.", st.note);
        Cells.merge(sheet, footer.getRowNum(), 0, 3);
        printOnOnePage(footer.getRowNum());
    }

    private void printOnOnePage(int lastRow) {
        var wb = sheet.getWorkbook();
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, WIDTHS.length - 1, 0, lastRow);
        Cells.printFitWidth(sheet, false);
        sheet.setHorizontallyCenter(true);
        sheet.getPrintSetup().setFitHeight((short) 1);
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
        figure(row, 2, label2, value2, style);
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

    private void labelAndText(XSSFRow row, String label, String value) {
        label(row, 0, label);
        CellText.write(row, 1, value, st.userText);
    }

    /** A label, then user text across the remaining columns, tall enough for its wrapped lines. */
    private void labelAndWrapped(XSSFRow row, String label, String value) {
        label(row, 0, label);
        CellText.write(row, 1, value, st.userWrap);
        Cells.merge(sheet, row.getRowNum(), 1, 3);
        Cells.fitHeight(row, value, TEXT_CHARS - WIDTHS[0]);
    }

    private void paragraph(XSSFRow row, String value) {
        CellText.write(row, 0, value, st.userWrap);
        Cells.merge(sheet, row.getRowNum(), 0, 3);
        Cells.fitHeight(row, value, TEXT_CHARS);
    }
}
