package dev.greenlight.brief;

import static dev.greenlight.brief.BriefNames.ALT_CASH_FLOWS;
import static dev.greenlight.brief.BriefNames.ALT_INTERNAL_RATE_OF_RETURN;
import static dev.greenlight.brief.BriefNames.ALT_NET_PRESENT_VALUE;
import static dev.greenlight.brief.BriefNames.ALT_PROBABILITY_OF_SUCCESS;
import static dev.greenlight.brief.BriefNames.ALT_RISK_ADJUSTED_NPV;
import static dev.greenlight.brief.BriefNames.DISCOUNT_RATE;
import static dev.greenlight.brief.BriefNames.HORIZON_YEARS;
import static dev.greenlight.brief.BriefNames.INCREMENTAL_RISK_ADJUSTED_NPV;
import static dev.greenlight.brief.BriefNames.RISK_ADJUSTED_NPV;
import static dev.greenlight.brief.BriefNames.Estimate.HIGH;
import static dev.greenlight.brief.BriefNames.Estimate.LIKELY;
import static dev.greenlight.brief.BriefNames.Estimate.LOW;
import static dev.greenlight.brief.Formula.call;
import static dev.greenlight.brief.Formula.ifError;
import static dev.greenlight.brief.Formula.iff;
import static dev.greenlight.brief.Formula.text;

import dev.greenlight.brief.BriefNames.MoneyLines;
import dev.greenlight.scoring.AlternativeInput;
import dev.greenlight.scoring.MoneyLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The best non-AI alternative of PRODUCT.md §6.2: its inputs, its cash flows and NPV as live formulas over the
 * same horizon and discount rate as the AI option (no compliance cost: it is not an AI system), and beside them
 * what the AI option adds over it.
 */
record AlternativeSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    private static final int MAX_YEARS = CashFlowSheet.MAX_YEARS;
    private static final int RESULT_COLUMN = 4;

    private enum Column implements Formula.Column {
        YEAR("Year", 8), ADOPTION("Adoption", 11), BENEFITS("Benefits", 16), BUILD("Build costs", 16),
        RUN("Run costs", 16), NET("Net cash flow", 16), FACTOR("Discount factor", 11), DISCOUNTED("Discounted", 16);

        private final String title;
        private final int width;

        Column(String title, int width) {
            this.title = title;
            this.width = width;
        }

        @Override
        public int index() {
            return ordinal();
        }
    }

    static boolean needed(BriefData data) {
        return data.financials().alternative() != null;
    }

    void write() {
        AlternativeInput alt = data.financials().alternative();
        int[] widths = {44, 16, 16, 16, 18, 16, 11, 16};
        Cells.widths(sheet, widths);
        var rows = new SheetRows(sheet, st);
        rows.title("Best non-AI alternative (" + data.financials().currency() + ")");
        rows.note(widths, "The best way to the same goal without AI, priced like the AI option over the same horizon "
                + "and discount rate, with no compliance cost. Yellow cells are inputs; the cash flows are live.");
        rows.skip();
        var name = rows.next();
        Cells.text(name, 0, "Alternative", st.bold);
        CellText.write(name, 1, alt.name(), st.userText);
        var p = rows.next();
        Cells.text(p, 0, "Probability of success", st.bold);
        Cells.number(p, 1, alt.probabilityOfSuccess(), st.inputPercent);
        BriefNames.define(sheet.getWorkbook(), ALT_PROBABILITY_OF_SUCCESS, sheet, p.getRowNum(), 1);

        rows.skip();
        rows.heading("Adoption (share of the full annual benefit reached)");
        for (int year = 1; year <= MAX_YEARS; year++) {
            var row = rows.next();
            Cells.text(row, 0, "Year " + year, st.bold);
            if (alt.adoptionByYear() == null) {
                // not given: the AI option's, live, so changing it there changes it here
                Cells.formula(row, 1, BriefNames.adoption(year), st.percent);
                if (year == 1) {
                    Cells.text(row, 2, "same as the AI option", st.hint);
                }
            } else {
                List<Double> adoption = alt.adoptionByYear();
                Cells.number(row, 1, adoption.get(Math.min(year, adoption.size()) - 1), st.inputPercent);
            }
            BriefNames.define(sheet.getWorkbook(), BriefNames.altAdoption(year), sheet, row.getRowNum(), 1);
        }
        lines(rows, "Build costs (one-off, year 0)", MoneyLines.ALT_BUILD, alt.buildCosts());
        lines(rows, "Annual run costs", MoneyLines.ALT_RUN, alt.annualRunCosts());
        lines(rows, "Annual benefits at full adoption", MoneyLines.ALT_BENEFIT, alt.annualBenefits());

        rows.skip();
        rows.headers(Arrays.stream(Column.values()).map(c -> c.title).toArray(String[]::new));
        int first = rows.position();
        for (int year = 0; year <= MAX_YEARS; year++) {
            year(rows.next(), year);
        }
        int last = first + MAX_YEARS;
        BriefNames.define(sheet.getWorkbook(), ALT_CASH_FLOWS, sheet, first, Column.NET.index(), last, Column.NET.index());
        rows.skip();
        String net = Column.NET.rows(first, last);
        result(rows, "NPV", call("NPV", DISCOUNT_RATE, Column.NET.rows(first + 1, last)) + "+" + Column.NET.at(first),
                st.moneyBold, ALT_NET_PRESENT_VALUE);
        result(rows, "Risk-adjusted NPV", ALT_PROBABILITY_OF_SUCCESS + "*" + ALT_NET_PRESENT_VALUE + "+(1-"
                + ALT_PROBABILITY_OF_SUCCESS + ")*-" + MoneyLines.ALT_BUILD.total(), st.moneyBold, ALT_RISK_ADJUSTED_NPV);
        result(rows, "IRR", ifError(call("IRR", net), ifError(call("IRR", net, "-0.5"),
                ifError(call("IRR", net, "2"), text(BriefWorkbook.NO_IRR)))), st.percentBold, ALT_INTERNAL_RATE_OF_RETURN);
        rows.skip();
        var ai = rows.next();
        Cells.text(ai, 0, "AI option: risk-adjusted NPV", st.bold);
        Cells.formula(ai, RESULT_COLUMN, RISK_ADJUSTED_NPV, st.moneyBold);
        result(rows, "What AI adds (risk-adjusted NPV, AI less alternative)", RISK_ADJUSTED_NPV + "-" + ALT_RISK_ADJUSTED_NPV,
                st.moneyBold, INCREMENTAL_RISK_ADJUSTED_NPV);
        var verdict = rows.next();
        Cells.formula(verdict, 0, iff(INCREMENTAL_RISK_ADJUSTED_NPV + "<=0",
                text("The non-AI way returns at least as much: the recommendation is capped at revise"),
                text("The AI option returns more than the non-AI way")), st.text);
        Cells.printFitWidth(sheet, true);
    }

    private void year(XSSFRow row, int year) {
        int r = row.getRowNum();
        String beyond = Column.YEAR.at(r) + ">" + HORIZON_YEARS;
        Cells.number(row, Column.YEAR.index(), year, st.integer);
        if (year == 0) {
            row.createCell(Column.ADOPTION.index()).setCellStyle(st.percent);
            Cells.number(row, Column.BENEFITS.index(), 0, st.money);
            Cells.formula(row, Column.BUILD.index(), MoneyLines.ALT_BUILD.total(), st.money);
            Cells.number(row, Column.RUN.index(), 0, st.money);
        } else {
            Cells.formula(row, Column.ADOPTION.index(), iff(beyond, "0", BriefNames.altAdoption(year)), st.percent);
            Cells.formula(row, Column.BENEFITS.index(), Column.ADOPTION.at(r) + "*" + MoneyLines.ALT_BENEFIT.total(),
                    st.money);
            Cells.number(row, Column.BUILD.index(), 0, st.money);
            Cells.formula(row, Column.RUN.index(), iff(beyond, "0", MoneyLines.ALT_RUN.total()), st.money);
        }
        Cells.formula(row, Column.NET.index(), Column.BENEFITS.at(r) + "-" + Column.BUILD.at(r) + "-" + Column.RUN.at(r),
                st.moneyBold);
        Cells.formula(row, Column.FACTOR.index(), "1/(1+" + DISCOUNT_RATE + ")^" + Column.YEAR.at(r), st.factor);
        Cells.formula(row, Column.DISCOUNTED.index(), Column.NET.at(r) + "*" + Column.FACTOR.at(r), st.money);
    }

    private void lines(SheetRows rows, String title, MoneyLines kind, List<MoneyLine> lines) {
        rows.skip();
        rows.heading(title);
        rows.headers("Line", "Low", "Likely", "High", "Evidence");
        var likely = new ArrayList<String>();
        List<MoneyLine> safe = lines == null ? List.of() : lines;
        for (int i = 0; i < safe.size(); i++) {
            MoneyLine line = safe.get(i);
            var row = rows.next();
            CellText.write(row, 0, line.name(), st.userText);
            input(row, 1, line.low(), kind.line(i + 1, LOW));
            input(row, 2, line.likely(), kind.line(i + 1, LIKELY));
            input(row, 3, line.high(), kind.line(i + 1, HIGH));
            Cells.text(row, 4, line.evidence() == null ? "Expert guess" : BriefData.humanise(line.evidence().name()),
                    st.text);
            likely.add(kind.line(i + 1, LIKELY));
        }
        var total = rows.next();
        Cells.text(total, 0, "Total (likely)", st.bold);
        Cells.formula(total, 2, likely.isEmpty() ? "0" : call("SUM", likely.toArray(String[]::new)), st.moneyBold);
        BriefNames.define(sheet.getWorkbook(), kind.total(), sheet, total.getRowNum(), 2);
    }

    private void input(XSSFRow row, int column, double value, String name) {
        Cells.number(row, column, value, st.inputMoney);
        BriefNames.define(sheet.getWorkbook(), name, sheet, row.getRowNum(), column);
    }

    private void result(SheetRows rows, String label, String formula, CellStyle style, String name) {
        var row = rows.next();
        Cells.text(row, 0, label, st.bold);
        Cells.formula(row, RESULT_COLUMN, formula, style);
        BriefNames.define(sheet.getWorkbook(), name, sheet, row.getRowNum(), RESULT_COLUMN);
    }
}
