package dev.greenlight.brief;

import dev.greenlight.scoring.TornadoRow;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The tornado: the NPV with one money line at its low and at its high estimate, as the app computed it. */
record SensitivitySheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    private static final int[] WIDTHS = {40, 16, 16, 16};

    void write() {
        var f = data.score().financials();
        Cells.widths(sheet, WIDTHS);
        var rows = new SheetRows(sheet, st);
        rows.title("Sensitivity (" + f.currency() + ")");
        rows.note(WIDTHS, "NPV with one money line at its low and at its high estimate, every other line "
                + "at likely; largest swing first. Base NPV " + Cells.moneyText(f.npv()) + ".");
        int header = rows.headers("Money line", "NPV at low", "NPV at high", "Swing").getRowNum();
        List<TornadoRow> lines = f.tornado();
        for (TornadoRow t : lines) {
            var row = rows.next();
            CellText.write(row, 0, t.line(), st.userText);
            Cells.number(row, 1, t.npvAtLow(), st.money);
            Cells.number(row, 2, t.npvAtHigh(), st.money);
            Cells.number(row, 3, t.swing(), st.money);
        }
        sheet.createFreezePane(0, header + 1);
        if (!lines.isEmpty()) {
            tornado(header, lines.size());
        }
        Cells.printFitWidth(sheet, true);
    }

    private void tornado(int header, int lines) {
        int height = Math.max(18, lines * 3 + 6);
        var chart = Charts.create(sheet, 5, 2, 14, 2 + height, "NPV at low and high estimate");
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        var names = chart.createCategoryAxis(AxisPosition.LEFT);
        // Largest swing on top, as a tornado reads.
        names.setOrientation(AxisOrientation.MAX_MIN);
        var npv = chart.createValueAxis(AxisPosition.BOTTOM);
        npv.setCrosses(AxisCrosses.AUTO_ZERO);
        npv.setTitle("NPV (" + data.score().financials().currency() + ")");
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, npv);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(header + 1, header + lines, 0, 0));
        for (int col = 1; col <= 2; col++) {
            var s = data.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(header + 1, header + lines, col, col)));
            s.setTitle(col == 1 ? "NPV at low" : "NPV at high",
                    new CellReference(sheet.getSheetName(), header, col, true, true));
            Charts.fill(s, col == 1 ? PresetColor.INDIAN_RED : PresetColor.SEA_GREEN);
        }
        chart.plot(data);
    }
}
