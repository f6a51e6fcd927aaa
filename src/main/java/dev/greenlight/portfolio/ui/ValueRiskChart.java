package dev.greenlight.portfolio.ui;

import com.vaadin.flow.component.Svg;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.portfolio.PortfolioEntry;
import dev.greenlight.portfolio.PortfolioService;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.scoring.RiskQuestion;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.springframework.web.util.HtmlUtils;

/**
 * Value against risk, drawn on the server (JFreeChart → SVG): x is residual ethical risk, y risk-adjusted NPV,
 * colour the recommendation. The highest-scored points carry a number that the legend below the chart names.
 */
final class ValueRiskChart {

    /** Points numbered on the chart and named in the legend. */
    static final int LABELLED = 30;
    /** Residual risk beyond this is level III or IV: the right half of the chart. */
    static final double HIGH_RISK_FROM = RiskQuestion.MAX_RAW_RISK * 0.5;

    static final Map<Recommendation, Color> COLOURS = new EnumMap<>(Map.of(
            Recommendation.GO, new Color(0x1f7a4d),
            Recommendation.GO_WITH_CONDITIONS, new Color(0xd4a017),
            Recommendation.REVISE, new Color(0xa04a00),
            Recommendation.NO_GO, new Color(0xb42318)));
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font QUADRANT = new Font(Font.SANS_SERIF, Font.ITALIC, 12);

    private ValueRiskChart() {
    }

    /**
     * An EU AI Act high-risk project, or one of ethics level III or IV, is never shown in the "fund" zone however low
     * its residual risk: it needs its controls first, so it is drawn at least on the divider, on the risky side.
     */
    static boolean outOfFundZone(PortfolioEntry p) {
        return p.tier() == dev.greenlight.scoring.EuAiActTier.HIGH_RISK
                || p.level() == dev.greenlight.scoring.EthicsLevel.III || p.level() == dev.greenlight.scoring.EthicsLevel.IV;
    }

    static double plottedRisk(PortfolioEntry p) {
        return outOfFundZone(p) ? Math.max(p.residualRisk(), HIGH_RISK_FROM) : p.residualRisk();
    }

    /** Points are numbered by their place in {@code points} (ranking order), the first {@link #LABELLED} only. */
    static Svg draw(List<PortfolioEntry> points, String currencyLabel) {
        var data = new XYSeriesCollection();
        var seriesOf = new EnumMap<Recommendation, XYSeries>(Recommendation.class);
        var numbers = new IdentityHashMap<XYSeries, List<Integer>>();
        for (var r : Recommendation.values()) {
            var s = new XYSeries(RecommendationBadge.label(r), false, true);
            seriesOf.put(r, s);
            numbers.put(s, new ArrayList<>());
        }
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            var s = seriesOf.get(p.recommendation());
            s.add(plottedRisk(p), p.riskAdjustedNpv());
            numbers.get(s).add(i + 1);
        }
        var colours = new ArrayList<Color>();
        for (var r : Recommendation.values()) {
            data.addSeries(seriesOf.get(r));
            colours.add(COLOURS.get(r));
        }
        var xAxis = new NumberAxis("Residual ethical risk (points, 0–" + RiskQuestion.MAX_RAW_RISK + ")");
        xAxis.setRange(0, RiskQuestion.MAX_RAW_RISK);
        var yAxis = new NumberAxis("Risk-adjusted NPV (" + currencyLabel + ")");
        yAxis.setAutoRangeIncludesZero(true);
        yAxis.setUpperMargin(0.12);
        yAxis.setLowerMargin(0.12);
        var renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        XYItemLabelGenerator labels = (XYDataset dataset, int series, int item) -> {
            var s = ((XYSeriesCollection) dataset).getSeries(series);
            int number = numbers.get(s).get(item);
            return number <= LABELLED ? Integer.toString(number) : null;
        };
        renderer.setDefaultItemLabelGenerator(labels);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(SMALL);
        var plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xeeeeee));
        plot.setRangeGridlinePaint(new Color(0xeeeeee));
        var divider = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
        plot.addDomainMarker(new ValueMarker(HIGH_RISK_FROM, Color.GRAY, divider));
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, divider));
        double top = points.stream().mapToDouble(PortfolioEntry::riskAdjustedNpv).max().orElse(1);
        double bottom = points.stream().mapToDouble(PortfolioEntry::riskAdjustedNpv).min().orElse(-1);
        double high = Math.max(top, Math.abs(bottom) * 0.2 + 1) * 0.95;
        double low = Math.min(bottom, -Math.abs(top) * 0.2 - 1) * 0.95;
        quadrant(plot, "Fund: value at low risk, not high-risk", HIGH_RISK_FROM * 0.5, high);
        quadrant(plot, "Value with risk: fund with controls", (HIGH_RISK_FROM + RiskQuestion.MAX_RAW_RISK) * 0.5, high);
        quadrant(plot, "Low value: revisit", HIGH_RISK_FROM * 0.5, low);
        quadrant(plot, "Avoid: no value, high risk", (HIGH_RISK_FROM + RiskQuestion.MAX_RAW_RISK) * 0.5, low);
        var chart = new JFreeChart("Value vs risk (" + currencyLabel + ")", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        var g = new SVGGraphics2D(760, 440);
        var drawn = new ChartRenderingInfo(new StandardEntityCollection());
        chart.draw(g, new Rectangle(0, 0, 760, 440), drawn);
        // a viewBox without fixed dimensions lets the chart shrink to a phone's width instead of being cut off
        var markup = g.getSVGElement(null, false, new org.jfree.svg.ViewBox(0, 0, 760, 440), null, null);
        var svg = new Svg(markup.replace("</svg>", links(drawn, data, numbers, points) + "</svg>"));
        svg.setId("value-risk-chart");
        svg.addClassName("portfolio-chart");
        return svg;
    }

    /**
     * Every point opens its assessment: JFreeChart reports where it drew each item, and a transparent link of the
     * same size goes on top of it, with the title as the tooltip.
     */
    private static String links(ChartRenderingInfo drawn, XYSeriesCollection data,
                                Map<XYSeries, List<Integer>> numbers, List<PortfolioEntry> points) {
        var links = new StringBuilder();
        for (var entity : drawn.getEntityCollection().getEntities()) {
            if (entity instanceof XYItemEntity item) {
                var p = points.get(numbers.get(data.getSeries(item.getSeriesIndex())).get(item.getItem()) - 1);
                var area = item.getArea().getBounds2D();
                links.append(String.format(Locale.ROOT, "<a href=\"assessment/%d\" class=\"chart-point\"><title>%s</title>"
                                + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"transparent\" pointer-events=\"all\"/></a>",
                        p.id(), HtmlUtils.htmlEscape(p.title()), area.getCenterX(), area.getCenterY(), Math.max(6, area.getWidth() / 2)));
            }
        }
        return links.toString();
    }

    private static void quadrant(XYPlot plot, String text, double x, double y) {
        var a = new XYTextAnnotation(text, x, y);
        a.setFont(QUADRANT);
        a.setPaint(new Color(0x667085));
        a.setTextAnchor(y >= 0 ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER);
        plot.addAnnotation(a);
    }

    static String caption(int shown, long total) {
        return shown == total
                ? total + (total == 1 ? " project" : " projects") + " on the chart"
                : "The " + shown + " highest-scored of " + total + " projects (at most " + PortfolioService.CHART_LIMIT + " are drawn)";
    }
}
