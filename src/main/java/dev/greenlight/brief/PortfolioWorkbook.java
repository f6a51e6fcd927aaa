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
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The portfolio workbook of PRODUCT.md §4: one row per assessment in the order given (the caller ranks by
 * score), streamed with SXSSF so that tens of thousands of rows need a window of rows in memory, not the sheet.
 * Colours come from conditional formatting on the recommendation, so the number of cell styles does not grow
 * with the rows.
 */
public final class PortfolioWorkbook {

    static final String DATA_SHEET = "Assessments";
    static final String CHART_SHEET = "Value vs risk";
    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 100;

    /** The data sheet's columns, left to right: title, width in characters, and what a row puts in the cell. */
    private enum Column implements Formula.Column {
        // Rows are written in rank order under a one-row header, so a row's number is its rank.
        RANK("Rank", 6, (row, col, p, st) -> Cells.number(row, col, row.getRowNum(), st.integer)),
        TITLE("Title", 40, text(PortfolioRow::title)),
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
            Cells.printFitWidth(sheet, true);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.length - 1));

            // Chart points are kept as primitives (16 bytes a row) because flushed rows cannot be read back.
            var points = new Points();
            int n = 0;
            for (PortfolioRow p : rows) {
                n++;
                writeRow(sheet.createRow(n), p, st);
                points.add(p.residualRisk(), p.riskAdjustedNpv());
            }

            int lastCol = columns.length - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(n, 1), 0, lastCol));
            if (n > 0) {
                colourByRecommendation(sheet, n, lastCol);
            }
            writeChartSheet(wb, n, points);

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

    /**
     * The chart lives on its own plain sheet: SXSSF cannot draw charts, but the workbook underneath can, and
     * the series point at the data sheet's columns so Excel redraws them after filtering or edits. The cached
     * points are written too, for viewers that do not read the ranges.
     */
    private static void writeChartSheet(SXSSFWorkbook wb, int n, Points points) {
        wb.createSheet(CHART_SHEET);
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(CHART_SHEET);
        Cells.printFitWidth(sheet, true);
        sheet.getPrintSetup().setFitHeight((short) 1);
        var note = sheet.createRow(0).createCell(0);
        note.setCellValue(n == 0 ? "No assessments to plot."
                : "Each point is one assessment: residual ethical risk (points) against risk-adjusted NPV, each in "
                + "its own currency. Unscored assessments are left out.");
        if (n == 0) {
            return;
        }
        XSSFChart chart = Charts.create(sheet, 0, 2, 14, 32, "Value vs risk");
        XDDFValueAxis risk = chart.createValueAxis(AxisPosition.BOTTOM);
        risk.setTitle("Residual ethical risk (points)");
        XDDFValueAxis value = chart.createValueAxis(AxisPosition.LEFT);
        value.setTitle("Risk-adjusted NPV");
        value.setCrosses(AxisCrosses.AUTO_ZERO);
        risk.setCrosses(AxisCrosses.AUTO_ZERO);
        var data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, risk, value);
        data.setStyle(ScatterStyle.LINE_MARKER);
        data.setVaryColors(false);
        var series = (XDDFScatterChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromArray(points.xs(), range(Column.RESIDUAL_RISK, n)),
                XDDFDataSourcesFactory.fromArray(points.ys(), range(Column.RISK_ADJUSTED_NPV, n)));
        series.setTitle("Assessments", null);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        // A scatter series joins its points by default; a portfolio is a cloud, not a line.
        var noLine = new XDDFShapeProperties();
        noLine.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        series.setShapeProperties(noLine);
        chart.plot(data);
    }

    /** A column of the data sheet below its header, as a chart series refers to it. */
    private static String range(Column column, int rows) {
        return Formula.area(DATA_SHEET, 1, column.index(), rows, column.index());
    }

    /** Growable pair of double arrays; NaN marks a missing value, written as a gap in the chart cache. */
    private static final class Points {
        private double[] xs = new double[1024];
        private double[] ys = new double[1024];
        private int size;

        void add(Double x, Double y) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, size * 2);
                ys = Arrays.copyOf(ys, size * 2);
            }
            boolean both = x != null && y != null;
            xs[size] = both ? x : Double.NaN;
            ys[size] = both ? y : Double.NaN;
            size++;
        }

        Double[] xs() {
            return boxed(xs);
        }

        Double[] ys() {
            return boxed(ys);
        }

        private Double[] boxed(double[] values) {
            var out = new Double[size];
            for (int i = 0; i < size; i++) {
                out[i] = Double.isNaN(values[i]) ? null : values[i];
            }
            return out;
        }
    }
}
