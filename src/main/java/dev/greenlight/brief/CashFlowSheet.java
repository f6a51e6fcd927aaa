package dev.greenlight.brief;

import static dev.greenlight.brief.BriefNames.CASH_FLOWS;
import static dev.greenlight.brief.BriefNames.COMPLIANCE_COST;
import static dev.greenlight.brief.BriefNames.DISCOUNT_RATE;
import static dev.greenlight.brief.BriefNames.HORIZON_YEARS;
import static dev.greenlight.brief.BriefNames.INTERNAL_RATE_OF_RETURN;
import static dev.greenlight.brief.BriefNames.LAST_DEFICIT_YEAR;
import static dev.greenlight.brief.BriefNames.NET_PRESENT_VALUE;
import static dev.greenlight.brief.BriefNames.PAYBACK_MONTHS;
import static dev.greenlight.brief.BriefNames.PROBABILITY_OF_SUCCESS;
import static dev.greenlight.brief.BriefNames.RISK_ADJUSTED_NPV;
import static dev.greenlight.brief.Formula.call;
import static dev.greenlight.brief.Formula.ifError;
import static dev.greenlight.brief.Formula.iff;
import static dev.greenlight.brief.Formula.text;

import dev.greenlight.brief.BriefNames.MoneyLines;
import dev.greenlight.scoring.InputValidator;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The model as live formulas on the Assumptions sheet's names: one row per year, then the results (NPV, IRR,
 * payback) named so that the Brief's figures can be checked against them.
 */
record CashFlowSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    /**
     * The table always has rows for the longest horizon the engine accepts; years past the chosen horizon count
     * as zero. That way a leader can extend HorizonYears in Excel and the table follows.
     */
    static final int MAX_YEARS = InputValidator.MAX_HORIZON_YEARS;

    /** The table's columns, left to right, with their widths in characters. */
    private enum Column implements Formula.Column {
        YEAR("Year", 8),
        ADOPTION("Adoption", 11),
        BENEFITS("Benefits", 16),
        BUILD("Build costs", 16),
        RUN("Run costs", 16),
        COMPLIANCE("Compliance", 16),
        NET("Net cash flow", 16),
        FACTOR("Discount factor", 11),
        DISCOUNTED("Discounted", 16),
        CUMULATIVE("Cumulative", 16),
        DEFICIT("Year in deficit", 12);

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

    /** The results stand below the table, labelled in the first column, their formulas in the fifth. */
    private static final int RESULT_COLUMN = 4;

    void write() {
        int[] widths = Arrays.stream(Column.values()).mapToInt(c -> c.width).toArray();
        Cells.widths(sheet, widths);
        var rows = new SheetRows(sheet, st);
        rows.title("Cash flow (" + data.financials().currency() + ")");
        rows.note(widths, "Live formulas on the Assumptions sheet. Years past HorizonYears count as zero; "
                + "payback is undiscounted and linear within the year.");
        rows.headers(Arrays.stream(Column.values()).map(c -> c.title).toArray(String[]::new)).setHeightInPoints(30);

        int first = rows.position();
        int last = first + MAX_YEARS;
        for (int year = 0; year <= MAX_YEARS; year++) {
            year(rows.next(), year);
        }
        BriefNames.define(sheet.getWorkbook(), CASH_FLOWS, sheet, first, Column.NET.index(), last,
                Column.NET.index());
        // for the value models' break-evens (PRODUCT.md §6.1): Σ adoption_t / (1+r)^t over years 1 to the last
        BriefNames.define(sheet.getWorkbook(), BriefNames.ADOPTION_BY_YEAR, sheet, first + 1, Column.ADOPTION.index(),
                last, Column.ADOPTION.index());
        BriefNames.define(sheet.getWorkbook(), BriefNames.DISCOUNT_FACTORS, sheet, first + 1, Column.FACTOR.index(),
                last, Column.FACTOR.index());

        var totals = rows.next();
        Cells.text(totals, Column.YEAR.index(), "Total", st.bold);
        for (Column c : new Column[] {Column.BENEFITS, Column.BUILD, Column.RUN, Column.COMPLIANCE, Column.NET,
                Column.DISCOUNTED}) {
            Cells.formula(totals, c.index(), call("SUM", c.rows(first, last)), st.moneyBold);
        }
        rows.skip();
        results(rows, first, last);
        sheet.createFreezePane(1, first);
        Cells.printFitWidth(sheet, true);
    }

    /** One year's row; year 0 carries the build and nothing else. */
    private void year(XSSFRow row, int year) {
        int r = row.getRowNum();
        String beyondHorizon = Column.YEAR.at(r) + ">" + HORIZON_YEARS;
        number(row, Column.YEAR, year, st.integer);
        if (year == 0) {
            row.createCell(Column.ADOPTION.index()).setCellStyle(st.percent);
            number(row, Column.BENEFITS, 0, st.money);
            formula(row, Column.BUILD, MoneyLines.BUILD.total(), st.money);
            number(row, Column.RUN, 0, st.money);
            number(row, Column.COMPLIANCE, 0, st.money);
            formula(row, Column.CUMULATIVE, Column.NET.at(r), st.money);
        } else {
            formula(row, Column.ADOPTION, iff(beyondHorizon, "0", BriefNames.adoption(year)), st.percent);
            formula(row, Column.BENEFITS, Column.ADOPTION.at(r) + "*" + MoneyLines.BENEFIT.total(), st.money);
            number(row, Column.BUILD, 0, st.money);
            formula(row, Column.RUN, iff(beyondHorizon, "0", MoneyLines.RUN.total()), st.money);
            formula(row, Column.COMPLIANCE, iff(beyondHorizon, "0", COMPLIANCE_COST), st.money);
            formula(row, Column.CUMULATIVE, Column.CUMULATIVE.at(r - 1) + "+" + Column.NET.at(r), st.money);
        }
        formula(row, Column.NET, String.join("-", Column.BENEFITS.at(r), Column.BUILD.at(r), Column.RUN.at(r),
                Column.COMPLIANCE.at(r)), st.moneyBold);
        formula(row, Column.FACTOR, "1/(1+" + DISCOUNT_RATE + ")^" + Column.YEAR.at(r), st.factor);
        formula(row, Column.DISCOUNTED, Column.NET.at(r) + "*" + Column.FACTOR.at(r), st.money);
        // The last year whose cumulative is still negative decides payback "for good", as in the engine;
        // -1 (shown blank) means never in deficit.
        formula(row, Column.DEFICIT, iff(Column.CUMULATIVE.at(r) + "<0", Column.YEAR.at(r), "-1"), st.deficitYear);
    }

    private void results(SheetRows rows, int first, int last) {
        String net = Column.NET.rows(first, last);
        result(rows, "NPV", call("NPV", DISCOUNT_RATE, Column.NET.rows(first + 1, last)) + "+" + Column.NET.at(first),
                st.moneyBold, NET_PRESENT_VALUE);
        result(rows, "Risk-adjusted NPV", PROBABILITY_OF_SUCCESS + "*" + NET_PRESENT_VALUE + "+(1-"
                + PROBABILITY_OF_SUCCESS + ")*-" + MoneyLines.BUILD.total(), st.moneyBold, RISK_ADJUSTED_NPV);
        // Newton's method from Excel's default guess of 10 % misses strongly negative rates (a project that loses
        // most of its money), so two more starting points are tried before giving up; the engine likewise
        // reports the root nearest 10 % when there are several.
        result(rows, "IRR", ifError(call("IRR", net), ifError(call("IRR", net, "-0.5"),
                ifError(call("IRR", net, "2"), text(BriefWorkbook.NO_IRR)))), st.percentBold,
                INTERNAL_RATE_OF_RETURN);
        result(rows, "Last year in deficit (-1: never)", call("MAX", Column.DEFICIT.rows(first, last)), st.integer,
                LAST_DEFICIT_YEAR);
        // Linear within the year after the last deficit: the deficit left at its end over the next year's net flow.
        String withinYear = "12*(" + LAST_DEFICIT_YEAR + "-" + call("INDEX", Column.CUMULATIVE.rows(first, last),
                LAST_DEFICIT_YEAR + "+1") + "/" + call("INDEX", net, LAST_DEFICIT_YEAR + "+2") + ")";
        result(rows, "Payback (months)", iff(LAST_DEFICIT_YEAR + "<0", "0", iff(LAST_DEFICIT_YEAR + ">=" + HORIZON_YEARS,
                text(BriefWorkbook.NOT_WITHIN_HORIZON), withinYear)), st.number1Bold, PAYBACK_MONTHS);
    }

    private void result(SheetRows rows, String label, String formula, CellStyle style, String name) {
        var row = rows.next();
        Cells.text(row, 0, label, st.bold);
        Cells.formula(row, RESULT_COLUMN, formula, style);
        BriefNames.define(sheet.getWorkbook(), name, sheet, row.getRowNum(), RESULT_COLUMN);
    }

    private static void formula(XSSFRow row, Column column, String formula, CellStyle style) {
        Cells.formula(row, column.index(), formula, style);
    }

    private static void number(XSSFRow row, Column column, double value, CellStyle style) {
        Cells.number(row, column.index(), value, style);
    }
}
