package dev.greenlight.tracking.ui;

import com.vaadin.flow.component.Svg;
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
 * What monitoring observed of each derived line's model inputs, month by month, against the break-even of each input
 * (the value at which the approved NPV is 0, §6.1) and its approved value: drift is seen as it nears the line where the
 * project stops paying. Drawn on the server (JFreeChart → SVG), like the cash chart.
 */
final class ObservedChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final Color[] SERIES = {new Color(0x1f5f99), new Color(0x8a4baf), new Color(0x1f7a4d), new Color(0xb26b00)};
    private static final Color BREAK_EVEN = new Color(0xb42318);

    private ObservedChart() {
    }

    static Svg of(TrackingReport report) {
        var data = new XYSeriesCollection();
        boolean severalLines = report.observableInputs().stream().map(TrackingReport.ObservableInput::line).distinct().count() > 1;
        var plotted = new java.util.ArrayList<TrackingReport.ObservableInput>();
        for (var input : report.observableInputs()) {
            var series = new XYSeries("Observed " + input.label() + (severalLines ? " (" + input.lineName() + ")" : ""));
            for (var c : report.checkIns()) {
                c.observed().stream().filter(v -> v.line() == input.line()).map(v -> v.inputs().get(input.input()))
                        .filter(java.util.Objects::nonNull).findFirst().ifPresent(v -> series.add(c.monthNumber(), v));
            }
            if (!series.isEmpty()) {
                data.addSeries(series);
                plotted.add(input);
            }
        }
        var chart = ChartFactory.createXYLineChart("Observed model inputs against break-even", "Month (1 = " + report.approvalMonth() + ")",
                "Observed value", data, PlotOrientation.VERTICAL, true, false, false);
        var plot = chart.getXYPlot();
        var renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < plotted.size(); i++) {
            var colour = SERIES[i % SERIES.length];
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
            var input = plotted.get(i);
            if (input.breakEven() != null) {
                plot.addRangeMarker(marker(input.breakEven(), BREAK_EVEN, "Break-even " + input.label() + " "
                        + KillRuleWords.number(input.breakEven()), new float[] {2f, 0f}));
            }
            plot.addRangeMarker(marker(input.approved(), colour, "Approved " + input.label() + " " + KillRuleWords.number(input.approved()),
                    new float[] {6f, 4f}));
        }
        plot.setRenderer(renderer);
        // months are whole numbers: no "13.5" on the axis
        ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()).setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlinePaint(new Color(0xeeeeee));
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.setBackgroundPaint(Color.WHITE);
        var g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        var svg = new Svg(g.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null));
        svg.setId("tracking-observed-chart");
        svg.addClassName("chart");
        return svg;
    }

    private static ValueMarker marker(double value, Color colour, String label, float[] dash) {
        var line = new ValueMarker(value, colour, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        line.setLabel(label);
        line.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        line.setLabelPaint(colour);
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return line;
    }
}
