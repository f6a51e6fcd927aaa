package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Svg;
import dev.greenlight.scoring.FinancialResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** Charts drawn on the server (JFreeChart → SVG), so no client-side chart library is needed. */
final class ScoreCharts {

    private static final Color GREEN = new Color(0x1f7a4d);
    private static final Color RED = new Color(0xb42318);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ScoreCharts() {
    }

    /** The NPV distribution of the Monte Carlo with P10, P50 and P90 marked. */
    static Svg histogram(FinancialResult f) {
        var series = new XYIntervalSeries("Trials");
        for (var bin : f.monteCarlo().histogram()) {
            series.add((bin.from() + bin.to()) / 2, bin.from(), bin.to(), bin.count(), bin.count(), bin.count());
        }
        var data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        var chart = ChartFactory.createXYBarChart("NPV across " + f.monteCarlo().trials() + " simulated futures",
                "NPV (" + f.currency() + ")", false, "Trials", data, PlotOrientation.VERTICAL, false, false, false);
        var plot = chart.getXYPlot();
        var renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x7fb89a));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        mark(plot, f.monteCarlo().p10(), "P10");
        mark(plot, f.monteCarlo().p50(), "P50");
        mark(plot, f.monteCarlo().p90(), "P90");
        var zero = new ValueMarker(0, RED, new BasicStroke(1.5f));
        plot.addDomainMarker(zero);
        return svg(chart, "histogram-chart");
    }

    private static void mark(org.jfree.chart.plot.XYPlot plot, double x, String label) {
        var marker = new ValueMarker(x, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(SMALL);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(marker);
    }

    /** Each line at its low and its high, others at likely: how far NPV swings, biggest first. */
    static Svg tornado(FinancialResult f) {
        var data = new DefaultCategoryDataset();
        for (var row : f.tornado().stream().limit(8).toList()) {
            var name = row.line().length() > 30 ? row.line().substring(0, 29) + "…" : row.line();
            data.addValue(row.npvAtLow() - f.npv(), "At low", name);
            data.addValue(row.npvAtHigh() - f.npv(), "At high", name);
        }
        var chart = ChartFactory.createStackedBarChart("What moves NPV most", null, "Change in NPV (" + f.currency() + ")", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        var plot = chart.getCategoryPlot();
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0xe08a7f));
        renderer.setSeriesPaint(1, GREEN);
        plot.setBackgroundPaint(Color.WHITE);
        plot.getDomainAxis().setTickLabelFont(SMALL);
        return svg(chart, "tornado-chart");
    }

    private static Svg svg(JFreeChart chart, String id) {
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.setBackgroundPaint(Color.WHITE);
        var g = new SVGGraphics2D(520, 260);
        chart.draw(g, new Rectangle(0, 0, 520, 260));
        // a viewBox without fixed dimensions lets the chart scale to the panel's width
        var svg = new Svg(g.getSVGElement(null, false, new org.jfree.svg.ViewBox(0, 0, 520, 260), null, null));
        svg.setId(id);
        svg.addClassName("chart");
        return svg;
    }
}
