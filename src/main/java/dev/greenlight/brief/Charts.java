package dev.greenlight.brief;

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

    /** An explicit fill: without one LibreOffice draws the bars invisible. */
    static void fill(XDDFChartData.Series series, PresetColor colour) {
        var properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(properties);
    }
}
