package dev.greenlight.brief;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Who did what and when, oldest first: creation, versions, decisions, comments. */
record HistorySheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    void write() {
        Cells.widths(sheet, 20, 28, 90);
        var rows = new SheetRows(sheet, st);
        rows.headers("When (UTC)", "Who", "What");
        for (BriefData.HistoryEntry entry : data.history()) {
            var row = rows.next();
            Cells.dateTime(row, 0, entry.when(), st.dateTime);
            CellText.write(row, 1, entry.who(), st.userText);
            CellText.write(row, 2, entry.what(), st.userWrap);
        }
        sheet.createFreezePane(0, 1);
        Cells.printFitWidth(sheet, false);
    }
}
