package dev.greenlight.tracking.ui;

import com.vaadin.flow.component.Svg;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.KillRuleWords;
import dev.greenlight.tracking.TrackingReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Cumulative forecast vs actual net cash by month, drawn on the server (JFreeChart → SVG), with the kill line of each
 * cumulative-net-cash rule from the month it applies. KPI and model-metric rules are not in money, so they have no line.
 */
final class TrackingChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final Color FORECAST = new Color(0x6b7a8f);
    private static final Color ACTUAL = new Color(0x1f7a4d);
    private static final Color KILL = new Color(0xb42318);

    private TrackingChart() {
    }

    static Svg of(TrackingReport report) {
        var forecast = new XYSeries("Forecast (cumulative)");
        var actual = new XYSeries("Actual (cumulative)");
        for (var m : report.months()) {
            forecast.add(m.number(), m.forecastCumulative());
            if (m.actualCumulative() != null) {
                actual.add(m.number(), m.actualCumulative());
            }
        }
        var data = new XYSeriesCollection();
        data.addSeries(forecast);
        data.addSeries(actual);
        var chart = ChartFactory.createXYLineChart("Cumulative net cash: forecast vs actual", "Month (1 = " + report.approvalMonth() + ")",
                "Net cash (" + report.currency() + ")", data, PlotOrientation.VERTICAL, true, false, false);
        var plot = chart.getXYPlot();
        var renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, FORECAST);
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        renderer.setSeriesPaint(1, ACTUAL);
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        renderer.setSeriesShapesVisible(1, true);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlinePaint(new Color(0xeeeeee));
        for (var rule : report.killRules()) {
            if (rule.measure() == KillMeasure.CUMULATIVE_NET_CASH) {
                var line = new ValueMarker(rule.threshold(), KILL, new BasicStroke(1.5f));
                line.setLabel("Stop " + KillRuleWords.operator(rule.operator()) + " " + KillRuleWords.number(rule.threshold())
                        + (rule.fromMonth() > 1 ? " from month " + rule.fromMonth() : ""));
                line.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                line.setLabelPaint(KILL);
                line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                plot.addRangeMarker(line);
            }
        }
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.setBackgroundPaint(Color.WHITE);
        var g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        var svg = new Svg(g.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null));
        svg.setId("tracking-chart");
        svg.addClassName("chart");
        return svg;
    }
}
