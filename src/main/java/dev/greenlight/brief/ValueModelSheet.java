package dev.greenlight.brief;

import static dev.greenlight.brief.BriefNames.BENEFIT_FACTOR;
import static dev.greenlight.brief.BriefNames.modelFigure;
import static dev.greenlight.brief.BriefNames.modelInput;
import static dev.greenlight.brief.Formula.call;

import dev.greenlight.brief.BriefNames.Estimate;
import dev.greenlight.scoring.DetectionModel;
import dev.greenlight.scoring.ModelInput;
import dev.greenlight.scoring.MoneyLine;
import dev.greenlight.scoring.Range;
import dev.greenlight.scoring.ValueModel;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The value models of PRODUCT.md §6.1 as named, editable inputs and live formulas: each derived benefit line's
 * annual benefit, what a point of recall (or automation) is worth, and the break-evens, so a leader can change the
 * recall and watch NPV move. Written in two passes: the inputs and the benefit before the Assumptions sheet (whose
 * benefit line refers to it), the break-evens after the Cash flow sheet (they solve its NPV for zero).
 */
final class ValueModelSheet {

    private static final int[] WIDTHS = {44, 16, 16, 16, 60};
    private static final int VALUE = 2;

    private final XSSFSheet sheet;
    private final BriefData data;
    private final WorkbookStyles st;
    private final SheetRows rows;
    /** Per derived line, its 1-based number among the benefit lines. */
    private final List<Integer> numbers = new ArrayList<>();

    ValueModelSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {
        this.sheet = sheet;
        this.data = data;
        this.st = st;
        this.rows = new SheetRows(sheet, st);
    }

    static boolean needed(BriefData data) {
        return data.financials().annualBenefits().stream().anyMatch(MoneyLine::isDerived);
    }

    /** The inputs and each line's annual benefit, which the Assumptions sheet's benefit line refers to. */
    void writeInputs() {
        Cells.widths(sheet, WIDTHS);
        rows.title("Value models");
        rows.note(WIDTHS, "Benefit lines derived from model performance. Yellow cells are inputs: the likely values "
                + "drive the annual benefit, and with it the Cash flow sheet; low and high feed the app's simulation "
                + "and tornado. Shares are fractions shown as percentages.");
        List<MoneyLine> benefits = data.financials().annualBenefits();
        for (int i = 0; i < benefits.size(); i++) {
            MoneyLine line = benefits.get(i);
            if (line.isDerived()) {
                numbers.add(i + 1);
                inputs(i + 1, line);
            }
        }
    }

    private void inputs(int n, MoneyLine line) {
        ValueModel model = line.derivedFrom();
        rows.skip();
        rows.heading(line.name() + " (" + model.kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
        rows.headers("Input", "Low", "Likely", "High", "What it means");
        for (int j = 0; j < model.inputs().size(); j++) {
            ModelInput input = model.inputs().get(j);
            Range range = model.range(j);
            var row = rows.next();
            Cells.text(row, 0, Character.toUpperCase(input.label().charAt(0)) + input.label().substring(1), st.bold);
            CellStyle style = style(input);
            input(row, 1, range.low(), style, modelInput(n, input.key(), Estimate.LOW));
            input(row, 2, range.likely(), style, modelInput(n, input.key(), Estimate.LIKELY));
            input(row, 3, range.high(), style, modelInput(n, input.key(), Estimate.HIGH));
            Cells.text(row, 4, meaning(input), st.hint);
        }
        if (model instanceof DetectionModel d) {
            var recall = rows.next();
            Cells.text(recall, 0, "Today's recall", st.bold);
            input(recall, VALUE, d.baselineRecall(), st.inputShare, modelFigure(n, "baselineRecall"));
            Cells.text(recall, 4, "Share of real cases today's process catches (0: none)", st.hint);
            var precision = rows.next();
            Cells.text(precision, 0, "Today's precision", st.bold);
            if (d.baselinePrecision() == null) {
                precision.createCell(VALUE).setCellStyle(st.inputShare);
                BriefNames.define(sheet.getWorkbook(), modelFigure(n, "baselinePrecision"), sheet, precision.getRowNum(),
                        VALUE);
            } else {
                input(precision, VALUE, d.baselinePrecision(), st.inputShare, modelFigure(n, "baselinePrecision"));
            }
            Cells.text(precision, 4, "Share of today's alerts that are real (needed when today's recall > 0)", st.hint);
        }
        var benefit = rows.next();
        Cells.text(benefit, 0, "Annual benefit at full adoption", st.bold);
        Cells.formula(benefit, VALUE, ValueModelFormulas.benefit(n, model), st.moneyBold);
        BriefNames.define(sheet.getWorkbook(), modelFigure(n, "derived"), sheet, benefit.getRowNum(), VALUE);
        Cells.text(benefit, 4, model instanceof DetectionModel
                ? "v·N·π·(R₁ − R₀) − c·(N·π·R₁/P₁ − N·π·R₀/P₀)" : "N·a·(m·h/60 − e·k)", st.hint);
    }

    /** The break-evens and the value of a point, after the Cash flow sheet has named its NPV. */
    void writeFigures() {
        rows.skip();
        rows.heading("What a point is worth, and where the project breaks even");
        var factor = rows.next();
        Cells.text(factor, 0, "Benefit factor Σ adoption / (1 + r)^t", st.bold);
        Cells.formula(factor, VALUE, call("SUMPRODUCT", BriefNames.ADOPTION_BY_YEAR, BriefNames.DISCOUNT_FACTORS),
                st.factor);
        BriefNames.define(sheet.getWorkbook(), BENEFIT_FACTOR, sheet, factor.getRowNum(), VALUE);
        Cells.text(factor, 4, "What one unit of annual benefit at full adoption adds to NPV", st.hint);
        List<MoneyLine> benefits = data.financials().annualBenefits();
        for (int n : numbers) {
            MoneyLine line = benefits.get(n - 1);
            rows.skip();
            rows.heading(line.name());
            for (ValueModelFormulas.Figure f : ValueModelFormulas.figures(n, line.derivedFrom())) {
                var row = rows.next();
                Cells.text(row, 0, f.label(), st.bold);
                Cells.formula(row, VALUE, f.formula(), f.share() ? st.percentBold : st.moneyBold);
                BriefNames.define(sheet.getWorkbook(), modelFigure(n, f.name()), sheet, row.getRowNum(), VALUE);
                Cells.text(row, 4, f.note(), st.hint);
            }
        }
        Cells.printFitWidth(sheet, false);
    }

    private CellStyle style(ModelInput input) {
        return switch (input) {
            case PREVALENCE, RECALL, PRECISION, AUTOMATION_RATE, ERROR_RATE, FALSE_POSITIVE_RATE -> st.inputShare;
            case VALUE_PER_TRUE_POSITIVE, COST_PER_ALERT, COST_PER_HOUR, COST_PER_ERROR -> st.inputNumber;
            case CASES_PER_YEAR, TASKS_PER_YEAR, MINUTES_PER_TASK -> st.inputNumber;
        };
    }

    private static String meaning(ModelInput input) {
        return switch (input) {
            case CASES_PER_YEAR -> "Cases the model scores in a year";
            case PREVALENCE -> "Share of cases that are truly positive";
            case VALUE_PER_TRUE_POSITIVE -> "What acting on one real case saves or earns";
            case COST_PER_ALERT -> "Cost of acting on one flag, real or not";
            case RECALL -> "Share of real cases the model flags, in production";
            case PRECISION -> "Share of the model's flags that are real";
            case TASKS_PER_YEAR -> "Tasks people do today in a year";
            case AUTOMATION_RATE -> "Share of tasks handled without a person";
            case MINUTES_PER_TASK -> "Person-minutes saved per automated task";
            case COST_PER_HOUR -> "Fully loaded cost of an hour of that work";
            case ERROR_RATE -> "Share of automated tasks that go wrong";
            case COST_PER_ERROR -> "What one error costs to find and put right";
            case FALSE_POSITIVE_RATE -> "Share of cases that are not real which the model flags";
        };
    }

    private void input(XSSFRow row, int column, double value, CellStyle style, String name) {
        Cells.number(row, column, value, style);
        BriefNames.define(sheet.getWorkbook(), name, sheet, row.getRowNum(), column);
    }
}
