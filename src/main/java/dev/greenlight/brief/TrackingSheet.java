package dev.greenlight.brief;

import dev.greenlight.brief.BriefNames.MoneyLines;
import java.util.Arrays;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Tracking after approval (PRODUCT.md §7): the forecast by month as live formulas on the Cash flow sheet (a twelfth of
 * each year's net cash, the build in year 0), the check-ins as reported, cumulative actual and forecast, the variance
 * to the last reported month, the kill rules and their state as the app judged them, and a native line chart of the
 * two cumulative curves. Written only for an approved assessment.
 */
record TrackingSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    static final String ACTUAL_NET_CASH = "TrackingActualNetCash";
    static final String FORECAST_NET_CASH = "TrackingForecastNetCash";
    static final String VARIANCE = "TrackingVariance";
    /** Cash flow rows run over years 0 to 10. */
    private static final int CASH_FLOW_YEARS = 11;

    private enum Column implements Formula.Column {
        NUMBER("Month", 7), MONTH("Calendar month", 11), FORECAST("Forecast net cash", 15),
        FORECAST_CUMULATIVE("Forecast to date", 15), BUILD("Build spend", 13), RUN("Run cost", 13),
        BENEFIT("Realised benefit", 14), ACTUAL("Actual net cash", 15), ACTUAL_CUMULATIVE("Actual to date", 15),
        VARIANCE("Variance", 14), KPI("KPI", 12), MODEL("Model metric", 12);

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

    void write() {
        var t = data.tracking();
        int[] widths = Arrays.stream(Column.values()).mapToInt(c -> c.width).toArray();
        Cells.widths(sheet, widths);
        var rows = new SheetRows(sheet, st);
        rows.title("Tracking (" + data.financials().currency() + ")");
        rows.note(widths, "Month 1 is " + t.approvalMonth() + ", when version " + t.approvedVersion() + " was approved. The "
                + "forecast is a twelfth of each year's net cash on the Cash flow sheet (the build in months 1-12); money "
                + "not reported counts as zero. Status as the app judged it: " + t.status() + ".");
        int summary = rows.position();
        var actualRow = rows.next();
        var forecastRow = rows.next();
        var varianceRow = rows.next();
        for (var rule : t.killRules()) {
            var row = rows.next();
            CellText.write(row, 0, rule, st.userText);
            Cells.merge(sheet, row.getRowNum(), 0, widths.length - 1);
        }
        if (t.reforecast() != null) {
            new ReforecastRows(sheet, data, st, rows).write(t.reforecast());
        }
        rows.skip();
        int header = rows.headers(Arrays.stream(Column.values()).map(c -> c.title).toArray(String[]::new)).getRowNum();
        int first = rows.position();
        for (var month : t.months()) {
            month(rows.next(), month, first, t.lastReported());
        }
        int lastReportedRow = first + t.lastReported() - 1;
        label(actualRow, "Cumulative actual net cash to month " + t.lastReported());
        label(forecastRow, "Cumulative forecast to the same month");
        label(varianceRow, "Variance (actual − forecast)");
        if (t.lastReported() > 0) {
            Cells.formula(actualRow, Column.FORECAST.index(), Column.ACTUAL_CUMULATIVE.at(lastReportedRow), st.moneyBold);
            Cells.formula(forecastRow, Column.FORECAST.index(), Column.FORECAST_CUMULATIVE.at(lastReportedRow), st.moneyBold);
        } else {
            Cells.number(actualRow, Column.FORECAST.index(), 0, st.moneyBold);
            Cells.number(forecastRow, Column.FORECAST.index(), 0, st.moneyBold);
        }
        var wb = sheet.getWorkbook();
        BriefNames.define(wb, ACTUAL_NET_CASH, sheet, summary, Column.FORECAST.index());
        BriefNames.define(wb, FORECAST_NET_CASH, sheet, summary + 1, Column.FORECAST.index());
        BriefNames.define(wb, VARIANCE, sheet, summary + 2, Column.FORECAST.index());
        Cells.formula(varianceRow, Column.FORECAST.index(), ACTUAL_NET_CASH + "-" + FORECAST_NET_CASH, st.moneyBold);
        sheet.createFreezePane(2, first);
        if (!t.months().isEmpty()) {
            chart(header, first, first + t.months().size() - 1, lastReportedRow);
        }
        Cells.printFitWidth(sheet, true);
    }

    private void label(XSSFRow row, String words) {
        Cells.text(row, 0, words, st.bold);
        Cells.merge(sheet, row.getRowNum(), 0, 1);
    }

    private void month(XSSFRow row, BriefData.TrackedMonth m, int first, int lastReported) {
        int r = row.getRowNum();
        Cells.number(row, Column.NUMBER.index(), m.number(), st.integer);
        Cells.text(row, Column.MONTH.index(), m.month(), st.text);
        int year = (m.number() - 1) / 12;
        String forecast = year == 0 ? "-" + MoneyLines.BUILD.total() + "/12"
                : year < CASH_FLOW_YEARS ? Formula.call("INDEX", BriefNames.CASH_FLOWS, Integer.toString(year + 1)) + "/12" : "0";
        Cells.formula(row, Column.FORECAST.index(), forecast, st.money);
        Cells.formula(row, Column.FORECAST_CUMULATIVE.index(), r == first ? Column.FORECAST.at(r)
                : Column.FORECAST_CUMULATIVE.at(r - 1) + "+" + Column.FORECAST.at(r), st.money);
        if (m.reported()) {
            Cells.numberOrBlank(row, Column.BUILD.index(), m.buildSpend(), st.inputMoney);
            Cells.numberOrBlank(row, Column.RUN.index(), m.runCost(), st.inputMoney);
            Cells.numberOrBlank(row, Column.BENEFIT.index(), m.realisedBenefit(), st.inputMoney);
            // an empty cell counts as zero in arithmetic: money not reported adds nothing
            Cells.formula(row, Column.ACTUAL.index(), Column.BENEFIT.at(r) + "-" + Column.RUN.at(r) + "-" + Column.BUILD.at(r), st.money);
            Cells.numberOrBlank(row, Column.KPI.index(), m.kpiValue(), st.numberGeneral);
            Cells.numberOrBlank(row, Column.MODEL.index(), m.modelMetricValue(), st.numberGeneral);
        }
        if (m.number() <= lastReported) {
            Cells.formula(row, Column.ACTUAL_CUMULATIVE.index(), r == first ? "0+" + Column.ACTUAL.at(r)
                    : Column.ACTUAL_CUMULATIVE.at(r - 1) + "+" + Column.ACTUAL.at(r), st.money);
            Cells.formula(row, Column.VARIANCE.index(), Column.ACTUAL_CUMULATIVE.at(r) + "-" + Column.FORECAST_CUMULATIVE.at(r), st.money);
        }
    }

    private void chart(int header, int first, int last, int lastReported) {
        var chart = Charts.create(sheet, Column.values().length + 1, 2, Column.values().length + 12, 24,
                "Cumulative net cash: forecast vs actual");
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        var months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        months.setTitle("Month");
        var money = chart.createValueAxis(AxisPosition.LEFT);
        money.setCrosses(AxisCrosses.AUTO_ZERO);
        money.setTitle("Net cash (" + data.financials().currency() + ")");
        var lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, money);
        lines.setVaryColors(false);
        var categories = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        var forecast = (XDDFLineChartData.Series) lines.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, Column.FORECAST_CUMULATIVE.index(), Column.FORECAST_CUMULATIVE.index())));
        forecast.setTitle(Column.FORECAST_CUMULATIVE.title, null);
        style(forecast, PresetColor.SLATE_GRAY);
        if (lastReported >= first) {
            var actual = (XDDFLineChartData.Series) lines.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, Column.ACTUAL_CUMULATIVE.index(), Column.ACTUAL_CUMULATIVE.index())));
            actual.setTitle(Column.ACTUAL_CUMULATIVE.title, null);
            style(actual, PresetColor.SEA_GREEN);
        }
        chart.plot(lines);
    }

    /** An explicit line colour and no markers: without them LibreOffice picks its own. */
    private static void style(XDDFLineChartData.Series series, PresetColor colour) {
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.NONE);
        var line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        line.setWidth(2.0);
        var properties = new XDDFShapeProperties();
        properties.setLineProperties(line);
        series.setShapeProperties(properties);
    }
}
