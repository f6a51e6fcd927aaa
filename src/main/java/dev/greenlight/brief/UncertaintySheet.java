package dev.greenlight.brief;

import dev.greenlight.scoring.HistogramBin;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The Monte Carlo simulation as the app ran it: its statistics and the histogram of simulated NPVs. */
record UncertaintySheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    private static final int[] WIDTHS = {30, 16, 16, 34};

    void write() {
        var f = data.score().financials();
        Cells.widths(sheet, WIDTHS);
        var mc = f.monteCarlo();
        var rows = new SheetRows(sheet, st);
        rows.title("Uncertainty (" + f.currency() + ")");
        rows.note(WIDTHS, "Monte Carlo simulation: " + String.format(Locale.US, "%,d", mc.trials())
                + " trials, seed " + mc.seed() + ". A failed build loses its cost and earns nothing.");
        rows.headers("Statistic", "NPV");
        statistic(rows, "P10", mc.p10(), st.money);
        statistic(rows, "P50 (median)", mc.p50(), st.money);
        statistic(rows, "P90", mc.p90(), st.money);
        statistic(rows, "Mean", mc.mean(), st.money);
        statistic(rows, "P(NPV > 0)", mc.probabilityNpvPositive(), st.percent);

        rows.skip();
        int header = rows.headers("NPV from", "NPV to", "Trials", "Bin").getRowNum();
        List<HistogramBin> bins = mc.histogram();
        for (HistogramBin bin : bins) {
            var row = rows.next();
            Cells.number(row, 0, bin.from(), st.money);
            Cells.number(row, 1, bin.to(), st.money);
            Cells.number(row, 2, bin.count(), st.integer);
            Cells.text(row, 3, Cells.shortMoney(bin.from()) + " to " + Cells.shortMoney(bin.to()), st.text);
        }
        if (!bins.isEmpty()) {
            histogram(header, bins.size());
        }
        Cells.printFitWidth(sheet, true);
    }

    private void statistic(SheetRows rows, String label, double value, CellStyle style) {
        var row = rows.next();
        Cells.text(row, 0, label, st.text);
        Cells.number(row, 1, value, style);
    }

    private void histogram(int header, int bins) {
        int first = header + 1;
        int last = header + bins;
        var chart = Charts.create(sheet, 5, 2, 15, 24, "Simulated NPV");
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        var npv = chart.createCategoryAxis(AxisPosition.BOTTOM);
        npv.setTitle("NPV (" + data.score().financials().currency() + ")");
        var trials = chart.createValueAxis(AxisPosition.LEFT);
        trials.setCrosses(AxisCrosses.AUTO_ZERO);
        trials.setTitle("Trials");
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, npv, trials);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.setGapWidth(10);
        var s = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 3, 3)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 2, 2)));
        s.setTitle("Trials", new CellReference(sheet.getSheetName(), header, 2, true, true));
        Charts.fill(s, PresetColor.STEEL_BLUE);
        chart.plot(data);
    }
}
