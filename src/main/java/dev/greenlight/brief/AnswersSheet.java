package dev.greenlight.brief;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The whole questionnaire as answered, in reading order. */
record AnswersSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    void write() {
        Cells.widths(sheet, 50, 100);
        var rows = new SheetRows(sheet, st);
        rows.headers("Question", "Answer");
        for (BriefData.Answer answer : data.answers()) {
            var row = rows.next();
            CellText.write(row, 0, answer.question(), st.userWrap);
            CellText.write(row, 1, answer.answer(), st.userWrap);
        }
        sheet.createFreezePane(0, 1);
        Cells.printFitWidth(sheet, false);
    }
}
