package dev.greenlight.brief;

import static dev.greenlight.brief.BriefNames.BENEFIT_FACTOR;
import static dev.greenlight.brief.BriefNames.NET_PRESENT_VALUE;
import static dev.greenlight.brief.BriefNames.modelFigure;
import static dev.greenlight.brief.BriefNames.modelInput;

import dev.greenlight.brief.BriefNames.Estimate;
import dev.greenlight.scoring.MoneyLine;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Tracking sheet's re-forecast (PRODUCT.md §10.1) as live formulas: the observed model inputs are yellow input
 * cells, each derived line's annual benefit is the Value models sheet's formula with those cells in place of the likely
 * values, and the re-forecast NPV is the live NPV plus the benefit factor times the change in annual benefit (NPV is
 * linear in a line's benefit, so this is the NPV recomputed, without a second Cash flow sheet). Change an observed value
 * and the NPV follows.
 */
record ReforecastRows(XSSFSheet sheet, BriefData data, WorkbookStyles st, SheetRows rows) {

    static final String REFORECAST_NPV = "TrackingReforecastNpv";
    static final String OBSERVED_BENEFIT = "TrackingObservedBenefit";
    static final String APPROVED_BENEFIT = "TrackingApprovedBenefit";
    private static final int APPROVED = 4;
    private static final int OBSERVED = 5;

    /** The name of an observed input's cell, e.g. {@code Observed_1_Recall} (1-based line, as the Value models sheet). */
    static String observed(int line, String input) {
        return "Observed_" + line + "_" + Character.toUpperCase(input.charAt(0)) + input.substring(1);
    }

    void write(BriefData.Reforecast reforecast) {
        rows.skip();
        rows.heading("Re-forecast at the observed model inputs (" + reforecast.month() + ", month " + reforecast.monthNumber() + ")");
        var header = rows.next();
        label(header.getRowNum(), "Observed input");
        Cells.text(header, APPROVED, "Approved", st.header);
        Cells.text(header, OBSERVED, "Observed", st.header);
        var wb = sheet.getWorkbook();
        List<MoneyLine> benefits = data.financials().annualBenefits();
        for (var o : reforecast.observed()) {
            int n = o.line() + 1;
            var row = rows.next();
            label(row.getRowNum(), benefits.get(o.line()).name() + ": " + o.label());
            Cells.formula(row, APPROVED, modelInput(n, o.input(), Estimate.LIKELY), st.percent);
            Cells.number(row, OBSERVED, o.value(), st.inputShare);
            BriefNames.define(wb, observed(n, o.input()), sheet, row.getRowNum(), OBSERVED);
        }
        var observedSum = new ArrayList<String>();
        var approvedSum = new ArrayList<String>();
        for (int i = 0; i < benefits.size(); i++) {
            var line = benefits.get(i);
            if (!line.isDerived()) {
                continue;
            }
            int n = i + 1;
            String formula = ValueModelFormulas.benefit(n, line.derivedFrom());
            for (var o : reforecast.observed()) {
                if (o.line() == i) {
                    formula = formula.replace(modelInput(n, o.input(), Estimate.LIKELY), observed(n, o.input()));
                }
            }
            observedSum.add("(" + formula + ")");
            approvedSum.add(modelFigure(n, "derived"));
        }
        figure("Annual benefit of the derived lines, observed", String.join("+", observedSum), OBSERVED_BENEFIT);
        figure("Annual benefit of the derived lines, approved", String.join("+", approvedSum), APPROVED_BENEFIT);
        figure("Re-forecast NPV (no probability of success: the model is in production)",
                NET_PRESENT_VALUE + "+" + BENEFIT_FACTOR + "*(" + OBSERVED_BENEFIT + "-" + APPROVED_BENEFIT + ")", REFORECAST_NPV);
        figure("Change against the approved NPV", REFORECAST_NPV + "-" + NET_PRESENT_VALUE, null);
        figure("Value at risk a month, at full adoption", "(" + APPROVED_BENEFIT + "-" + OBSERVED_BENEFIT + ")/12", null);
        var words = rows.next();
        Cells.text(words, 0, "As the app judged it: " + Character.toUpperCase(reforecast.words().charAt(0))
                + reforecast.words().substring(1) + ".", st.note);
    }

    private void figure(String label, String formula, String name) {
        var row = rows.next();
        label(row.getRowNum(), label);
        Cells.formula(row, APPROVED, formula, st.moneyBold);
        if (name != null) {
            BriefNames.define(sheet.getWorkbook(), name, sheet, row.getRowNum(), APPROVED);
        }
    }

    private void label(int row, String words) {
        Cells.text(sheet.getRow(row), 0, words, st.bold);
        Cells.merge(sheet, row, 0, APPROVED - 1);
    }
}
