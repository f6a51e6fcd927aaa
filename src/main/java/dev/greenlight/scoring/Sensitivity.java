package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tornado of PRODUCT.md §3.1: NPV with one money line at its low and at its high estimate, every other line
 * at likely. A derived benefit line (PRODUCT.md §6.1) gets one row per uncertain input of its model instead, named
 * "&lt;line&gt;: &lt;input&gt;", with that input at its low and high. The compliance cost is a fixed consequence of the ethics level, has no range, and is left out.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /** Rows sorted by swing, largest first; equal swings keep input order (build, run, benefit lines). */
    public static List<TornadoRow> tornado(FinancialInput input, double annualComplianceCost) {
        var rows = new ArrayList<TornadoRow>();
        rows.addAll(rowsFor(input, annualComplianceCost, Category.BUILD));
        rows.addAll(rowsFor(input, annualComplianceCost, Category.RUN));
        rows.addAll(rowsFor(input, annualComplianceCost, Category.BENEFIT));
        rows.sort(Comparator.comparingDouble(TornadoRow::swing).reversed());
        return List.copyOf(rows);
    }

    private enum Category { BUILD, RUN, BENEFIT }

    private static List<TornadoRow> rowsFor(FinancialInput input, double compliance, Category category) {
        List<MoneyLine> lines = switch (category) {
            case BUILD -> input.buildCosts();
            case RUN -> input.annualRunCosts();
            case BENEFIT -> input.annualBenefits();
        };
        var rows = new ArrayList<TornadoRow>();
        if (lines == null) {
            return rows;
        }
        for (int i = 0; i < lines.size(); i++) {
            MoneyLine line = lines.get(i);
            if (line.isDerived()) {
                rows.addAll(derivedRows(input, compliance, i, line));
                continue;
            }
            double atLow = npvWith(input, compliance, category, i, line.low());
            double atHigh = npvWith(input, compliance, category, i, line.high());
            rows.add(new TornadoRow(line.name(), atLow, atHigh));
        }
        return rows;
    }

    private static List<TornadoRow> derivedRows(FinancialInput input, double compliance, int index, MoneyLine line) {
        var rows = new ArrayList<TornadoRow>();
        ValueModel model = line.derivedFrom();
        for (int j = 0; j < model.inputs().size(); j++) {
            Range range = model.range(j);
            if (range.knownExactly()) {
                continue;
            }
            double atLow = npvWith(input, compliance, index,
                    MoneyLine.derived(line.name(), model.withInput(j, range.low()), line.evidence()));
            double atHigh = npvWith(input, compliance, index,
                    MoneyLine.derived(line.name(), model.withInput(j, range.high()), line.evidence()));
            rows.add(new TornadoRow(line.name() + ": " + model.inputs().get(j).label(), atLow, atHigh));
        }
        return rows;
    }

    private static double npvWith(FinancialInput input, double compliance, int benefitIndex, MoneyLine replacement) {
        var benefits = new ArrayList<>(input.annualBenefits());
        benefits.set(benefitIndex, replacement);
        return new FinancialModel(input.withLines(input.buildCosts(), input.annualRunCosts(), benefits), compliance)
                .npv();
    }

    // Recomputed through the cash flows rather than by linearity, so each figure equals what the exported
    // workbook's NPV formula shows when the same cell is set to low or high.
    private static double npvWith(FinancialInput input, double compliance, Category category, int index,
                                  double amount) {
        List<MoneyLine> build = replace(input.buildCosts(), category == Category.BUILD ? index : -1, amount);
        List<MoneyLine> run = replace(input.annualRunCosts(), category == Category.RUN ? index : -1, amount);
        List<MoneyLine> benefits = replace(input.annualBenefits(), category == Category.BENEFIT ? index : -1, amount);
        return new FinancialModel(input.withLines(build, run, benefits), compliance).npv();
    }

    private static List<MoneyLine> replace(List<MoneyLine> lines, int index, double amount) {
        if (lines == null || index < 0) {
            return lines;
        }
        var copy = new ArrayList<>(lines);
        MoneyLine line = copy.get(index);
        copy.set(index, new MoneyLine(line.name(), amount, amount, amount, line.evidence()));
        return copy;
    }
}
