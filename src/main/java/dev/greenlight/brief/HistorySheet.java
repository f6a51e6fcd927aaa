package dev.greenlight.brief;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Who did what and when, oldest first: creation, versions, decisions, comments. */
record HistorySheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    /** When, who and what, in characters: together a landscape A4 page at print scale. */
    private static final int[] WIDTHS = {17, 26, 96};

    void write() {
        Cells.widths(sheet, WIDTHS);
        var rows = new SheetRows(sheet, st);
        rows.headers("When (UTC)", "Who", "What");
        for (BriefData.HistoryEntry entry : data.history()) {
            var row = rows.next();
            Cells.dateTime(row, 0, entry.when(), st.dateTime);
            CellText.write(row, 1, entry.who(), st.userWrap);
            CellText.write(row, 2, entry.what(), st.userWrap);
            Cells.fitHeight(row, WIDTHS, null, entry.who(), entry.what());
        }
        Cells.printTable(sheet, WIDTHS.length, true);
    }
}
