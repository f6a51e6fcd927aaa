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
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Axis labels a reader can read when the chart is scaled down to a phone's width. */
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Drawn at this width and scaled by the browser: fonts keep their size relative to the chart. */
    private static final int WIDTH = 560;

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
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getDomainAxis().setLabelFont(LABEL);
        plot.getRangeAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setLabelFont(LABEL);
        return svg(chart, "histogram-chart", 280);
    }

    private static void mark(org.jfree.chart.plot.XYPlot plot, double x, String label) {
        var marker = new ValueMarker(x, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(SMALL);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(marker);
    }

    /**
     * Each line at its low and its high, others at likely: how far NPV swings, biggest first. The colours say better
     * (green) or worse (red) than the likely NPV, whichever end causes it: a cost at its high is worse, a benefit at
     * its high better. Labels are shown whole, wrapped over up to three lines.
     */
    static Svg tornado(FinancialResult f) {
        var data = tornadoData(f);
        var chart = ChartFactory.createStackedBarChart("What moves NPV most", null, "Change in NPV (" + f.currency() + ")", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        var plot = chart.getCategoryPlot();
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, RED);
        renderer.setSeriesPaint(1, GREEN);
        plot.setBackgroundPaint(Color.WHITE);
        var axis = plot.getDomainAxis();
        axis.setTickLabelFont(LABEL);
        axis.setMaximumCategoryLabelLines(3);
        axis.setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getRangeAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setLabelFont(LABEL);
        chart.getLegend().setItemFont(LABEL);
        return svg(chart, "tornado-chart", 320);
    }

    static final String WORSE = "Worse than likely";
    static final String BETTER = "Better than likely";

    /** The eight biggest swings as change from the likely NPV, split into the worse and the better side. */
    static DefaultCategoryDataset tornadoData(FinancialResult f) {
        var data = new DefaultCategoryDataset();
        for (var row : f.tornado().stream().limit(8).toList()) {
            double low = row.npvAtLow() - f.npv();
            double high = row.npvAtHigh() - f.npv();
            data.addValue(Math.min(0, Math.min(low, high)), WORSE, row.line());
            data.addValue(Math.max(0, Math.max(low, high)), BETTER, row.line());
        }
        return data;
    }

    private static Svg svg(JFreeChart chart, String id, int height) {
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.setBackgroundPaint(Color.WHITE);
        var g = new SVGGraphics2D(WIDTH, height);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        // a viewBox without fixed dimensions lets the chart scale to the panel's width
        var svg = new Svg(g.getSVGElement(null, false, new org.jfree.svg.ViewBox(0, 0, WIDTH, height), null, null));
        svg.setId(id);
        svg.addClassName("chart");
        return svg;
    }
}
