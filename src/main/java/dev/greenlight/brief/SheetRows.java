package dev.greenlight.brief;

import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Hands out a brief sheet's rows one after another, so sections can grow without renumbering the ones below,
 * and writes the rows every sheet of the brief has: a title, headings, a note, a header row.
 */
final class SheetRows {

    private final XSSFSheet sheet;
    private final WorkbookStyles st;
    private int next;

    SheetRows(XSSFSheet sheet, WorkbookStyles st) {
        this.sheet = sheet;
        this.st = st;
    }

    XSSFRow next() {
        return sheet.createRow(next++);
    }

    void skip() {
        next++;
    }

    /** The index of the row {@link #next()} hands out. */
    int position() {
        return next;
    }

    XSSFRow title(String words) {
        var row = next();
        Cells.text(row, 0, words, st.title);
        row.setHeightInPoints(24);
        return row;
    }

    XSSFRow heading(String words) {
        var row = next();
        Cells.text(row, 0, words, st.heading);
        row.setHeightInPoints(20);
        return row;
    }

    /** A row of column titles; a null title leaves its column empty. */
    XSSFRow headers(String... titles) {
        var row = next();
        Cells.headers(row, st.header, titles);
        return row;
    }

    /**
     * An explanatory line across the sheet's table. Merged and wrapped rather than left to overflow, because an
     * overflowing text widens the printed area by pages of nothing but its tail.
     */
    XSSFRow note(int[] widths, String words) {
        var row = next();
        Cells.text(row, 0, words, st.note);
        Cells.merge(sheet, row.getRowNum(), 0, widths.length - 1);
        Cells.fitHeight(row, words, Arrays.stream(widths).sum());
        return row;
    }
}
