package dev.greenlight.brief;

import dev.greenlight.scoring.Recommendation;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The chart helpers of Greenlight's workbooks: a titled chart placed over a block of cells, bars that show. */
final class Charts {

    private Charts() {
    }

    /** A chart from one cell to another (column, row; the end exclusive), its title above the plot. */
    static XSSFChart create(XSSFSheet sheet, int column1, int row1, int column2, int row2, String title) {
        var drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column1, row1, column2, row2));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    /**
     * A recommendation's colour for points and bars: the strong twin of its pale cell fill
     * ({@link WorkbookStyles#colour}), which a marker would be too faint in.
     */
    static XDDFColor colour(Recommendation r) {
        return XDDFColor.from(switch (r) {
            case GO -> new byte[] {(byte) 0x2E, (byte) 0x7D, (byte) 0x32};
            case GO_WITH_CONDITIONS -> new byte[] {(byte) 0x8B, (byte) 0xC3, (byte) 0x4A};
            case REVISE -> new byte[] {(byte) 0xF9, (byte) 0xA8, (byte) 0x25};
            case NO_GO -> new byte[] {(byte) 0xC6, (byte) 0x28, (byte) 0x28};
        });
    }

    /** An explicit fill: without one LibreOffice draws the bars invisible. */
    static void fill(XDDFChartData.Series series, PresetColor colour) {
        var properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(properties);
    }
}
