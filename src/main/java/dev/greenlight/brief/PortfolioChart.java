package dev.greenlight.brief;

import dev.greenlight.scoring.Recommendation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * The portfolio's value-versus-risk chart: one coloured series per recommendation, so the legend says what a colour
 * means and a filter on the chart shows one kind of advice. A series needs its points in one block of cells, and the
 * data sheet is in rank order, so the points are gathered while the rows stream past and written, grouped by
 * recommendation, to a sheet of their own that also names each point. Unscored assessments have nothing to plot and
 * are in no series; the caption counts them.
 */
final class PortfolioChart {

    static final String POINTS_SHEET = "Chart points";
    /** More labels than this cover each other and the points; the points sheet names every point instead. */
    static final int MAX_LABELS = 40;

    /** The chart spans this many columns of Excel's default width (about eight characters each). */
    private static final int CHART_COLUMNS = 14;
    private static final int DEFAULT_COLUMN_CHARS = 8;
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /** The points sheet's columns: the series' cells, what names them, and where to find the row again. */
    private enum Column implements Formula.Column {
        RECOMMENDATION("Recommendation", 20), TITLE("Title", 40), RESIDUAL_RISK("Residual risk", 12),
        RISK_ADJUSTED_NPV("Risk-adjusted NPV", 18), CURRENCY("Currency", 9), RANK("Rank", 6);

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

    /** One series' points, as primitives and the few strings a point needs: flushed rows cannot be read back. */
    private static final class Group {
        private final List<String> titles = new ArrayList<>();
        private final List<String> currencies = new ArrayList<>();
        private int[] ranks = new int[64];
        private double[] xs = new double[64];
        private double[] ys = new double[64];

        void add(int rank, String title, String currency, double x, double y) {
            int n = titles.size();
            if (n == ranks.length) {
                ranks = Arrays.copyOf(ranks, n * 2);
                xs = Arrays.copyOf(xs, n * 2);
                ys = Arrays.copyOf(ys, n * 2);
            }
            ranks[n] = rank;
            xs[n] = x;
            ys[n] = y;
            titles.add(title);
            currencies.add(currency);
        }

        int size() {
            return titles.size();
        }

        Double[] xs() {
            return Arrays.stream(xs, 0, size()).boxed().toArray(Double[]::new);
        }

        Double[] ys() {
            return Arrays.stream(ys, 0, size()).boxed().toArray(Double[]::new);
        }
    }

    private final Map<Recommendation, Group> groups = new EnumMap<>(Recommendation.class);
    private int assessments;
    private int plotted;

    /** Takes note of a row of the data sheet; {@code rank} is its row number there. */
    void add(int rank, PortfolioRow p) {
        assessments++;
        var r = recommendation(p.recommendation());
        if (r == null || p.residualRisk() == null || p.riskAdjustedNpv() == null) {
            return;
        }
        groups.computeIfAbsent(r, k -> new Group()).add(rank, p.title(), p.currency(), p.residualRisk(), p.riskAdjustedNpv());
        plotted++;
    }

    /** The chart sheet (its caption, then the chart) and, when there is anything to plot, the points sheet. */
    void write(SXSSFWorkbook wb, String chartSheet, WorkbookStyles st) {
        SXSSFSheet caption = wb.createSheet(chartSheet);
        var row = caption.createRow(0);
        String words = caption();
        // across the chart's columns rather than in one wide column, which would stretch the chart as wide
        Cells.text(row, 0, words, st.note);
        Cells.merge(caption, 0, 0, CHART_COLUMNS - 1);
        Cells.fitHeight(row, words, CHART_COLUMNS * DEFAULT_COLUMN_CHARS);
        Cells.printFitWidth(caption, true);
        caption.getPrintSetup().setFitHeight((short) 1);
        if (plotted == 0) {
            return;
        }
        writePoints(wb.createSheet(POINTS_SHEET), st);
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(chartSheet);
        XSSFChart chart = Charts.create(sheet, 0, 2, CHART_COLUMNS, 34, "Value vs risk");
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFValueAxis risk = chart.createValueAxis(AxisPosition.BOTTOM);
        risk.setTitle("Residual ethical risk (points)");
        XDDFValueAxis value = chart.createValueAxis(AxisPosition.LEFT);
        value.setTitle("Risk-adjusted NPV");
        value.setCrosses(AxisCrosses.AUTO_ZERO);
        risk.setCrosses(AxisCrosses.AUTO_ZERO);
        var data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, risk, value);
        data.setStyle(ScatterStyle.LINE_MARKER);
        data.setVaryColors(false);
        var seriesOfGroup = new EnumMap<Recommendation, XDDFScatterChartData.Series>(Recommendation.class);
        int first = 1;
        for (var entry : groups.entrySet()) {
            Group g = entry.getValue();
            int last = first + g.size() - 1;
            var series = (XDDFScatterChartData.Series) data.addSeries(
                    XDDFDataSourcesFactory.fromArray(g.xs(), range(Column.RESIDUAL_RISK, first, last)),
                    XDDFDataSourcesFactory.fromArray(g.ys(), range(Column.RISK_ADJUSTED_NPV, first, last)));
            series.setTitle(entry.getKey().label(), null);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            seriesOfGroup.put(entry.getKey(), series);
            first = last + 1;
        }
        chart.plot(data);
        // after plot(), which writes the series' own properties: the colours and labels are set on what it wrote
        seriesOfGroup.forEach((r, series) -> {
            colour(series, Charts.colour(r));
            if (plotted <= MAX_LABELS) {
                label(series, groups.get(r).titles);
            }
        });
    }

    private String caption() {
        if (assessments == 0) {
            return "No assessments to plot.";
        }
        int left = assessments - plotted;
        return "Each point is one scored assessment, coloured by its recommendation: residual ethical risk (points) against "
                + "risk-adjusted NPV, each in its own currency. "
                + (left == 0 ? "Every assessment is scored and plotted."
                : left + (left == 1 ? " assessment is" : " assessments are") + " not scored and left out.")
                + (plotted > MAX_LABELS ? " Too many points to label: the " + POINTS_SHEET + " sheet names each one." : "");
    }

    /** The points grouped by recommendation, each group in rank order: the series' cells and each point's name. */
    private void writePoints(SXSSFSheet sheet, WorkbookStyles st) {
        var columns = Column.values();
        Cells.widths(sheet, Arrays.stream(columns).mapToInt(c -> c.width).toArray());
        Cells.headers(sheet.createRow(0), st.header, Arrays.stream(columns).map(c -> c.title).toArray(String[]::new));
        Cells.printTable(sheet, columns.length, false);
        int n = 0;
        for (var entry : groups.entrySet()) {
            Group g = entry.getValue();
            for (int i = 0; i < g.size(); i++) {
                var row = sheet.createRow(++n);
                Cells.text(row, Column.RECOMMENDATION.index(), entry.getKey().label(), st.text);
                CellText.write(row, Column.TITLE.index(), g.titles.get(i), st.userWrap);
                Cells.fitHeight(row, g.titles.get(i), Column.TITLE.width);
                Cells.number(row, Column.RESIDUAL_RISK.index(), g.xs[i], st.number1);
                Cells.number(row, Column.RISK_ADJUSTED_NPV.index(), g.ys[i], st.money);
                CellText.write(row, Column.CURRENCY.index(), g.currencies.get(i), st.userText);
                Cells.number(row, Column.RANK.index(), g.ranks[i], st.integer);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, n, 0, columns.length - 1));
    }

    private static String range(Column column, int first, int last) {
        return Formula.area(POINTS_SHEET, first, column.index(), last, column.index());
    }

    /** Markers filled and outlined in the series' colour, and no line: a portfolio is a cloud, not a curve. */
    private static void colour(XDDFScatterChartData.Series series, XDDFColor colour) {
        var noLine = new XDDFShapeProperties();
        noLine.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        series.setShapeProperties(noLine);
        var marker = series.getCTScatterSer().getMarker();
        var fill = new XDDFShapeProperties(marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr());
        fill.setFillProperties(new XDDFSolidFillProperties(colour));
        fill.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(colour)));
    }

    /**
     * Each point labelled with its assessment's title, to its right. A label of its own text is a {@code c:dLbl}
     * element, which POI's slimmed schema classes do not include, so each is written as XML into the series' labels.
     */
    private static void label(XDDFScatterChartData.Series series, List<String> titles) {
        var ser = series.getCTScatterSer();
        CTDLbls labels = ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls();
        try (var at = labels.newCursor()) {
            at.toEndToken();
            for (int i = 0; i < titles.size(); i++) {
                try (var from = pointLabel(i, titles.get(i)).newCursor()) {
                    from.toFirstChild();
                    from.copyXml(at);
                }
            }
        }
        labels.addNewDLblPos().setVal(STDLblPos.R);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static XmlObject pointLabel(int index, String title) {
        String xml = "<c:dLbl xmlns:c=\"" + CHART_NS + "\" xmlns:a=\"" + DRAWING_NS + "\"><c:idx val=\"" + index + "\"/>"
                + "<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"800\"/>"
                + "<a:t>" + xmlText(title) + "</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val=\"r\"/>"
                + "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
                + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbl>";
        try {
            return XmlObject.Factory.parse(xml);
        } catch (XmlException e) {
            throw new IllegalStateException("A chart label could not be written for \"" + title + "\"", e);
        }
    }

    /** Escaped for XML; a character XML 1.0 cannot hold at all shows as the replacement character. */
    private static String xmlText(String text) {
        var out = new StringBuilder(text == null ? 0 : text.length());
        if (text != null) {
            text.codePoints().forEach(c -> {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    default -> out.appendCodePoint(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                            ? 0xFFFD : c);
                }
            });
        }
        return out.toString();
    }

    private static Recommendation recommendation(String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(Recommendation.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
