package dev.greenlight.brief;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The whole questionnaire as answered, in reading order: the questions' labels and the answers in words. */
record AnswersSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    /** Question and answer, in characters: together a landscape A4 page at print scale. */
    private static final int[] WIDTHS = {48, 96};

    void write() {
        Cells.widths(sheet, WIDTHS);
        var rows = new SheetRows(sheet, st);
        rows.headers("Question", "Answer");
        for (BriefData.Answer answer : data.answers()) {
            var row = rows.next();
            CellText.write(row, 0, answer.question(), st.userWrap);
            CellText.write(row, 1, answer.answer(), st.userWrap);
            Cells.fitHeight(row, WIDTHS, answer.question(), answer.answer());
        }
        Cells.printTable(sheet, WIDTHS.length, true);
    }
}
