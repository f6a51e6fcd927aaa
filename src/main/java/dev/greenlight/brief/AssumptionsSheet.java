package dev.greenlight.brief;

import static dev.greenlight.brief.BriefNames.Estimate.HIGH;
import static dev.greenlight.brief.BriefNames.Estimate.LIKELY;
import static dev.greenlight.brief.BriefNames.Estimate.LOW;

import dev.greenlight.brief.BriefNames.MoneyLines;
import dev.greenlight.scoring.MoneyLine;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The named, editable inputs the Cash flow sheet recalculates from: the likely values, with low and high beside. */
record AssumptionsSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    private static final int[] WIDTHS = {40, 16, 16, 16, 18};
    private static final int MAX_YEARS = CashFlowSheet.MAX_YEARS;

    void write() {
        var rows = new SheetRows(sheet, st);
        Cells.widths(sheet, WIDTHS);
        var in = data.financials();
        rows.title("Assumptions");
        rows.note(WIDTHS, "Yellow cells are inputs: change them and the Cash flow sheet recalculates. Amounts in "
                + in.currency() + ". The cash flow uses the likely values; low and high feed the app's simulation "
                + "and tornado.");

        rows.skip();
        rows.heading("General");
        var currency = rows.next();
        label(currency, "Currency");
        CellText.write(currency, 1, in.currency(), st.userText);
        var horizon = rows.next();
        label(horizon, "Horizon (years, 1–" + MAX_YEARS + ")");
        input(horizon, 1, in.horizonYears(), st.inputInteger, BriefNames.HORIZON_YEARS);
        wholeYears(horizon);
        input(labelled(rows, "Discount rate"), 1, in.discountRate(), st.inputPercent, BriefNames.DISCOUNT_RATE);
        input(labelled(rows, "Probability of technical success"), 1, in.probabilityOfSuccess(), st.inputPercent,
                BriefNames.PROBABILITY_OF_SUCCESS);
        input(labelled(rows, "Annual compliance cost (ethics level " + data.score().ethics().level().name() + ")"), 1,
                data.complianceCost(), st.inputMoney, BriefNames.COMPLIANCE_COST);

        rows.skip();
        rows.heading("Adoption (share of the full annual benefit reached)");
        rows.headers("Year", "Adoption");
        List<Double> adoption = in.adoptionByYear();
        for (int year = 1; year <= MAX_YEARS; year++) {
            var row = labelled(rows, "Year " + year);
            // Past the horizon the last year's adoption carries on, so extending HorizonYears gives a sensible
            // default instead of a year with costs and no benefit.
            double share = adoption.get(Math.min(year, adoption.size()) - 1);
            input(row, 1, share, st.inputPercent, BriefNames.adoption(year));
            if (year > in.horizonYears()) {
                Cells.text(row, 2, "used only if the horizon is extended", st.hint);
            }
        }

        moneyLines(rows, "Build costs (one-off, year 0)", MoneyLines.BUILD, in.buildCosts());
        moneyLines(rows, "Annual run costs", MoneyLines.RUN, in.annualRunCosts());
        moneyLines(rows, "Annual benefits at full adoption", MoneyLines.BENEFIT, in.annualBenefits());
        Cells.printFitWidth(sheet, false);
    }

    /** Excel refuses a horizon the engine would refuse, with the same limits. */
    private void wholeYears(XSSFRow horizon) {
        var validation = new XSSFDataValidationHelper(sheet);
        var range = new CellRangeAddressList(horizon.getRowNum(), horizon.getRowNum(), 1, 1);
        var dv = validation.createValidation(validation.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "1", String.valueOf(MAX_YEARS)), range);
        dv.setShowErrorBox(true);
        dv.createErrorBox("Horizon", "The horizon is a whole number of years from 1 to " + MAX_YEARS + ".");
        sheet.addValidationData(dv);
    }

    private void moneyLines(SheetRows rows, String title, MoneyLines kind, List<MoneyLine> lines) {
        rows.skip();
        rows.heading(title);
        rows.headers("Line", "Low", "Likely", "High", "Evidence");
        var likelyNames = new ArrayList<String>();
        List<MoneyLine> safeLines = lines == null ? List.of() : lines;
        for (int i = 0; i < safeLines.size(); i++) {
            MoneyLine line = safeLines.get(i);
            int number = i + 1;
            var row = rows.next();
            CellText.write(row, 0, line.name(), st.userText);
            if (line.isDerived()) {
                derived(row, kind, number, line);
                likelyNames.add(kind.line(number, LIKELY));
                continue;
            }
            input(row, 1, line.low(), st.inputMoney, kind.line(number, LOW));
            input(row, 2, line.likely(), st.inputMoney, kind.line(number, LIKELY));
            input(row, 3, line.high(), st.inputMoney, kind.line(number, HIGH));
            Cells.text(row, 4, line.evidence() == null ? "Expert guess" : BriefData.humanise(line.evidence().name()),
                    st.text);
            likelyNames.add(kind.line(number, LIKELY));
        }
        var total = labelled(rows, "Total (likely)");
        Cells.formula(total, 2, likelyNames.isEmpty() ? "0" : Formula.call("SUM", likelyNames.toArray(String[]::new)),
                st.moneyBold);
        BriefNames.define(sheet.getWorkbook(), kind.total(), sheet, total.getRowNum(), 2);
    }

    /**
     * A benefit line derived from model performance (PRODUCT.md §6.1) follows its model on the Value models sheet:
     * not an input here, but the same names, so everything that reads the benefit lines reads it too.
     */
    private void derived(XSSFRow row, MoneyLines kind, int number, MoneyLine line) {
        String benefit = BriefNames.modelFigure(number, "derived");
        for (var estimate : new BriefNames.Estimate[] {LOW, LIKELY, HIGH}) {
            int column = estimate.ordinal() + 1;
            Cells.formula(row, column, benefit, st.money);
            BriefNames.define(sheet.getWorkbook(), kind.line(number, estimate), sheet, row.getRowNum(), column);
        }
        Cells.text(row, 4, (line.evidence() == null ? "Expert guess" : BriefData.humanise(line.evidence().name()))
                + "; derived, see " + BriefWorkbook.VALUE_MODELS, st.text);
    }

    private XSSFRow labelled(SheetRows rows, String label) {
        var row = rows.next();
        label(row, label);
        return row;
    }

    private void label(XSSFRow row, String label) {
        Cells.text(row, 0, label, st.bold);
    }

    /** An input cell: editable, and named so that formulas and readers refer to it by what it means. */
    private void input(XSSFRow row, int column, double value, CellStyle style, String name) {
        Cells.number(row, column, value, style);
        BriefNames.define(sheet.getWorkbook(), name, sheet, row.getRowNum(), column);
    }
}
