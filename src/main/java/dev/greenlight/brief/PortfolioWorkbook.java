package dev.greenlight.brief;

import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
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
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
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

    static final String[] HEADERS = {"Rank", "Title", "Team", "Owner", "Status", "Recommendation", "Score", "Value",
            "Confidence", "Readiness", "Ethics", "Currency", "NPV", "Risk-adjusted NPV", "P(NPV > 0)",
            "Residual risk", "Ethics level", "EU AI Act tier", "Updated (UTC)"};
    private static final int[] WIDTHS = {6, 40, 20, 20, 14, 20, 8, 8, 11, 10, 8, 9, 15, 17, 11, 10, 10, 16, 17};
    static final int RECOMMENDATION_COLUMN = 5;
    static final int RISK_ADJUSTED_NPV_COLUMN = 13;
    static final int RESIDUAL_RISK_COLUMN = 15;

    /** Writes the workbook to {@code out}; does not close it. */
    public void write(Iterable<PortfolioRow> rows, OutputStream out) {
        var wb = new SXSSFWorkbook(WINDOW);
        try {
            var st = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(DATA_SHEET);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                var cell = header.createCell(i, CellType.STRING);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(st.header);
            }
            sheet.createFreezePane(2, 1);
            landscapeFitWidth(sheet.getPrintSetup());
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));

            // Chart points are kept as primitives (16 bytes a row) because flushed rows cannot be read back.
            var points = new Points();
            int n = 0;
            for (PortfolioRow p : rows) {
                n++;
                writeRow(sheet.createRow(n), n, p, st);
                points.add(p.residualRisk(), p.riskAdjustedNpv());
            }

            int lastCol = HEADERS.length - 1;
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

    private static void writeRow(Row row, int rank, PortfolioRow p, Styles st) {
        number(row, 0, (double) rank, st.integer);
        CellText.write(row, 1, p.title(), st.text, st.textQuoted);
        CellText.write(row, 2, p.team(), st.text, st.textQuoted);
        CellText.write(row, 3, p.owner(), st.text, st.textQuoted);
        CellText.write(row, 4, p.status(), st.text, st.textQuoted);
        CellText.write(row, 5, recommendationLabel(p.recommendation()), st.text, st.textQuoted);
        number(row, 6, p.score(), st.number0);
        number(row, 7, p.value(), st.number0);
        number(row, 8, p.confidence(), st.number0);
        number(row, 9, p.readiness(), st.number0);
        number(row, 10, p.ethics(), st.number0);
        CellText.write(row, 11, p.currency(), st.text, st.textQuoted);
        number(row, 12, p.npv(), st.money);
        number(row, 13, p.riskAdjustedNpv(), st.money);
        number(row, 14, p.probabilityNpvPositive(), st.percent);
        number(row, 15, p.residualRisk(), st.number1);
        CellText.write(row, 16, p.level(), st.text, st.textQuoted);
        CellText.write(row, 17, tierLabel(p.tier()), st.text, st.textQuoted);
        var updated = row.createCell(18);
        if (p.updated() != null) {
            updated.setCellValue(p.updated().atOffset(ZoneOffset.UTC).toLocalDateTime());
        }
        updated.setCellStyle(st.dateTime);
    }

    /** A blank cell, not a zero, when the figure does not exist: zero would sort and chart as a real value. */
    private static void number(Row row, int col, Double value, CellStyle style) {
        var cell = row.createCell(col);
        if (value != null && Double.isFinite(value)) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
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
        String column = "$" + CellReference.convertNumToColString(RECOMMENDATION_COLUMN) + "2";
        var range = new CellRangeAddress[] {new CellRangeAddress(1, rows, 0, lastCol)};
        for (Recommendation r : Recommendation.values()) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                    column + "=\"" + r.label() + "\"");
            var fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(colour(r));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            formatting.addConditionalFormatting(range, rule);
        }
    }

    static XSSFColor colour(Recommendation r) {
        return switch (r) {
            case GO -> rgb(0xC6, 0xEF, 0xCE);
            case GO_WITH_CONDITIONS -> rgb(0xE2, 0xEF, 0xDA);
            case REVISE -> rgb(0xFF, 0xEB, 0x9C);
            case NO_GO -> rgb(0xFF, 0xC7, 0xCE);
        };
    }

    /**
     * The chart lives on its own plain sheet: SXSSF cannot draw charts, but the workbook underneath can, and
     * the series point at the data sheet's columns so Excel redraws them after filtering or edits. The cached
     * points are written too, for viewers that do not read the ranges.
     */
    private static void writeChartSheet(SXSSFWorkbook wb, int n, Points points) {
        wb.createSheet(CHART_SHEET);
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(CHART_SHEET);
        sheet.setFitToPage(true);
        landscapeFitWidth(sheet.getPrintSetup());
        sheet.getPrintSetup().setFitHeight((short) 1);
        var note = sheet.createRow(0).createCell(0);
        note.setCellValue(n == 0 ? "No assessments to plot."
                : "Each point is one assessment: residual ethical risk (points) against risk-adjusted NPV, each in "
                + "its own currency. Unscored assessments are left out.");
        if (n == 0) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 2, 14, 32));
        chart.setTitleText("Value vs risk");
        chart.setTitleOverlay(false);
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
                XDDFDataSourcesFactory.fromArray(points.xs(), range(RESIDUAL_RISK_COLUMN, n)),
                XDDFDataSourcesFactory.fromArray(points.ys(), range(RISK_ADJUSTED_NPV_COLUMN, n)));
        series.setTitle("Assessments", null);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        // A scatter series joins its points by default; a portfolio is a cloud, not a line.
        var noLine = new XDDFShapeProperties();
        noLine.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        series.setShapeProperties(noLine);
        chart.plot(data);
    }

    /** Nineteen columns are read across, so they go on one page width and the rows run on. */
    private static void landscapeFitWidth(PrintSetup print) {
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static String range(int column, int rows) {
        String col = CellReference.convertNumToColString(column);
        return "'" + DATA_SHEET + "'!$" + col + "$2:$" + col + "$" + (rows + 1);
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
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

    /** The handful of styles the whole portfolio uses, however many rows it has. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle textQuoted;
        final CellStyle integer;
        final CellStyle number0;
        final CellStyle number1;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook wb) {
            var format = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(rgb(0xD9, 0xE1, 0xF2));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = wb.createCellStyle();
            textQuoted = wb.createCellStyle();
            textQuoted.setQuotePrefixed(true);
            integer = numeric(wb, format.getFormat("0"));
            number0 = numeric(wb, format.getFormat("0"));
            number1 = numeric(wb, format.getFormat("0.0"));
            money = numeric(wb, format.getFormat("#,##0;-#,##0"));
            percent = numeric(wb, format.getFormat("0%"));
            dateTime = numeric(wb, format.getFormat("yyyy-mm-dd hh:mm"));
        }

        private static CellStyle numeric(SXSSFWorkbook wb, short format) {
            var s = wb.createCellStyle();
            s.setDataFormat(format);
            return s;
        }
    }
}
