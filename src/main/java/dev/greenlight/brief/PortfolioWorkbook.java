package dev.greenlight.brief;

import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The portfolio workbook of PRODUCT.md §4: one row per assessment in the order given (the caller ranks by
 * score), streamed with SXSSF so that tens of thousands of rows need a window of rows in memory, not the sheet.
 * Colours come from conditional formatting on the recommendation, so the number of cell styles does not grow
 * with the rows.
 */
public final class PortfolioWorkbook {

    static final String DATA_SHEET = "Assessments";
    static final String CHART_SHEET = "Value vs risk";
    private static final int TITLE_WIDTH = 32;
    /** The data sheet's printed width in landscape pages. */
    static final int PRINTED_PAGES_WIDE = 2;
    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 100;

    /** The data sheet's columns, left to right: title, width in characters, and what a row puts in the cell. */
    private enum Column implements Formula.Column {
        // Rows are written in rank order under a one-row header, so a row's number is its rank.
        RANK("Rank", 6, (row, col, p, st) -> Cells.number(row, col, row.getRowNum(), st.integer)),
        // wrapped, and the row made tall enough, so a long title is read whole on screen and on paper
        TITLE("Title", TITLE_WIDTH, (row, col, p, st) -> {
            CellText.write(row, col, p.title(), st.userWrap);
            if (p.title() != null && Cells.lines(p.title(), TITLE_WIDTH) > 1) {
                Cells.fitHeight(row, p.title(), TITLE_WIDTH);
            }
        }),
        TEAM("Team", 20, text(PortfolioRow::team)),
        OWNER("Owner", 20, text(PortfolioRow::owner)),
        STATUS("Status", 14, text(PortfolioRow::status)),
        RECOMMENDATION("Recommendation", 20, text(p -> recommendationLabel(p.recommendation()))),
        SCORE("Score", 8, number(PortfolioRow::score, st -> st.number0)),
        VALUE("Value", 8, number(PortfolioRow::value, st -> st.number0)),
        CONFIDENCE("Confidence", 11, number(PortfolioRow::confidence, st -> st.number0)),
        READINESS("Readiness", 10, number(PortfolioRow::readiness, st -> st.number0)),
        ETHICS("Ethics", 8, number(PortfolioRow::ethics, st -> st.number0)),
        CURRENCY("Currency", 9, text(PortfolioRow::currency)),
        NPV("NPV", 15, number(PortfolioRow::npv, st -> st.money)),
        RISK_ADJUSTED_NPV("Risk-adjusted NPV", 17, number(PortfolioRow::riskAdjustedNpv, st -> st.money)),
        PROBABILITY_NPV_POSITIVE("P(NPV > 0)", 11, number(PortfolioRow::probabilityNpvPositive, st -> st.wholePercent)),
        RESIDUAL_RISK("Residual risk", 10, number(PortfolioRow::residualRisk, st -> st.number1)),
        LEVEL("Ethics level", 10, text(PortfolioRow::level)),
        TIER("EU AI Act tier", 16, text(p -> tierLabel(p.tier()))),
        UPDATED("Updated (UTC)", 17, (row, col, p, st) -> Cells.dateTime(row, col, p.updated(), st.dateTime)),
        TRACKING("Tracking", 18, text(PortfolioRow::tracking)),
        VARIANCE("Variance vs forecast", 19, number(PortfolioRow::variance, st -> st.money)),
        // PRODUCT.md §6.2, last so the columns before keep their letters: blank when no non-AI way was priced
        INCREMENTAL_RISK_ADJUSTED_NPV("AI adds over non-AI way", 17,
                number(PortfolioRow::incrementalRiskAdjustedNpv, st -> st.money)),
        ALTERNATIVE_RETURNS_AS_MUCH("Non-AI way returns as much", 14, text(p -> p.incrementalRiskAdjustedNpv() == null ? null
                : p.incrementalRiskAdjustedNpv() <= 0 ? "Yes" : "No"));

        private final String title;
        private final int width;
        private final CellWriter cell;

        Column(String title, int width, CellWriter cell) {
            this.title = title;
            this.width = width;
            this.cell = cell;
        }

        @Override
        public int index() {
            return ordinal();
        }
    }

    @FunctionalInterface
    private interface CellWriter {
        void write(Row row, int column, PortfolioRow p, WorkbookStyles st);
    }

    /** User text, quote-prefixed where it starts like a formula. */
    private static CellWriter text(Function<PortfolioRow, String> value) {
        return (row, col, p, st) -> CellText.write(row, col, value.apply(p), st.userText);
    }

    /** A figure, blank while the assessment has none. */
    private static CellWriter number(Function<PortfolioRow, Double> value, Function<WorkbookStyles, CellStyle> style) {
        return (row, col, p, st) -> Cells.numberOrBlank(row, col, value.apply(p), style.apply(st));
    }

    /** Writes the workbook to {@code out}; does not close it. */
    public void write(Iterable<PortfolioRow> rows, OutputStream out) {
        var wb = new SXSSFWorkbook(WINDOW);
        try {
            var st = new WorkbookStyles(wb.getXSSFWorkbook(), WorkbookStyles.Layout.TABLE);
            SXSSFSheet sheet = wb.createSheet(DATA_SHEET);
            var columns = Column.values();
            Cells.widths(sheet, Arrays.stream(columns).mapToInt(c -> c.width).toArray());
            Cells.headers(sheet.createRow(0), st.header, Arrays.stream(columns).map(c -> c.title).toArray(String[]::new));
            sheet.createFreezePane(2, 1);
            printLegibly(sheet, columns.length);

            var chart = new PortfolioChart();
            int n = 0;
            for (PortfolioRow p : rows) {
                n++;
                writeRow(sheet.createRow(n), p, st);
                chart.add(n, p);
            }

            int lastCol = columns.length - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(n, 1), 0, lastCol));
            if (n > 0) {
                colourByRecommendation(sheet, n, lastCol);
            }
            chart.write(wb, CHART_SHEET, st);

            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle("Greenlight portfolio");
            core.setCreator("Greenlight");
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // Nothing left to release: the temporary files are gone and the output belongs to the caller.
            }
        }
    }

    /**
     * Landscape, the header row on every page, and two pages wide with the rank and title repeated on each: the
     * table's two dozen columns on one page width would print at a third of their size, too small to read.
     */
    private static void printLegibly(SXSSFSheet sheet, int columns) {
        Cells.printFitWidth(sheet, true);
        sheet.getPrintSetup().setFitWidth((short) PRINTED_PAGES_WIDE);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
        sheet.setRepeatingColumns(new CellRangeAddress(0, 0, Column.RANK.index(), Column.TITLE.index()));
        sheet.setPrintGridlines(true);
    }

    private static void writeRow(Row row, PortfolioRow p, WorkbookStyles st) {
        for (Column c : Column.values()) {
            c.cell.write(row, c.index(), p, st);
        }
    }

    static String recommendationLabel(String name) {
        if (name == null) {
            return "not scored";
        }
        return Arrays.stream(Recommendation.values()).filter(r -> r.name().equals(name)).findFirst()
                .map(Recommendation::label).orElse(name);
    }

    private static String tierLabel(String name) {
        if (name == null) {
            return "";
        }
        return Arrays.stream(EuAiActTier.values()).filter(t -> t.name().equals(name)).findFirst()
                .map(EuAiActTier::label).orElse(name);
    }

    /** One rule per recommendation over the whole table, keyed on the label in the Recommendation column. */
    private static void colourByRecommendation(SXSSFSheet sheet, int rows, int lastCol) {
        var formatting = sheet.getSheetConditionalFormatting();
        String column = Formula.fixedColumn(Column.RECOMMENDATION.index(), 1);
        var range = new CellRangeAddress[] {new CellRangeAddress(1, rows, 0, lastCol)};
        for (Recommendation r : Recommendation.values()) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                    column + "=" + Formula.text(r.label()));
            var fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(WorkbookStyles.colour(r));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            formatting.addConditionalFormatting(range, rule);
        }
    }
}
