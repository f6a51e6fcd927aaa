package dev.greenlight.brief;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cell and sheet helpers of Greenlight's workbooks, for the brief and the portfolio alike. Styles come from
 * {@link WorkbookStyles}; user text goes through {@link CellText}, never through {@link #text}.
 */
final class Cells {

    /** Excel's tallest row, in points. */
    private static final float MAX_ROW_POINTS = 409;
    private static final float LINE_POINTS = 15f;

    private Cells() {
    }

    /** For the app's own words only. */
    static Cell text(Row row, int column, String words, CellStyle style) {
        Cell cell = row.createCell(column, CellType.STRING);
        cell.setCellValue(words);
        cell.setCellStyle(style);
        return cell;
    }

    /** One header cell per title from the first column on; a null title leaves its column empty. */
    static void headers(Row row, CellStyle style, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            if (titles[i] != null) {
                text(row, i, titles[i], style);
            }
        }
    }

    static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A blank cell, not a zero, when the figure does not exist: zero would sort and chart as a real value. */
    static Cell numberOrBlank(Row row, int column, Double value, CellStyle style) {
        if (value != null && Double.isFinite(value)) {
            return number(row, column, value, style);
        }
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    static Cell formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /** Excel dates have no zone: the column's header says these are UTC. Blank when the moment is unknown. */
    static Cell dateTime(Row row, int column, Instant when, CellStyle style) {
        Cell cell = row.createCell(column);
        if (when != null) {
            cell.setCellValue(when.atOffset(ZoneOffset.UTC).toLocalDateTime());
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** Column widths in characters, from the first column on. */
    static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    static void merge(Sheet sheet, int row, int column1, int column2) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, column1, column2));
    }

    /**
     * Neither Excel nor LibreOffice grows a merged row to fit wrapped text, and a file written by POI has no heights
     * for unmerged wrapped rows either until someone edits them, so the printed lines overlap the row below. Set the
     * height from an estimate of the lines instead (see {@link #lines}).
     */
    static void fitHeight(Row row, String value, int charsPerLine) {
        if (value == null) {
            return;
        }
        height(row, lines(value, charsPerLine));
    }

    /** The height of a row whose wrapped cells sit side by side: the tallest of them decides. */
    static void fitHeight(Row row, int[] widths, String... values) {
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                lines = Math.max(lines, lines(values[i], widths[i]));
            }
        }
        height(row, lines);
    }

    /**
     * The lines a text wraps to in a column of this many characters' width: words are laid out greedily as the
     * spreadsheet wraps them, and a word longer than a line is broken. Proportional text averages a little under one
     * character per unit of column width, so the estimate errs towards a line too many, never one too few.
     */
    static int lines(String value, int charsPerLine) {
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            int used = 0;
            int paragraphLines = 1;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length <= charsPerLine) {
                    used += 1 + length;
                    continue;
                }
                if (used > 0) {
                    paragraphLines++;
                }
                // a word wider than the column breaks where the line ends
                paragraphLines += Math.max(0, (length - 1) / charsPerLine);
                used = length == 0 ? 0 : (length - 1) % charsPerLine + 1;
            }
            lines += paragraphLines;
        }
        return lines;
    }

    private static void height(Row row, int lines) {
        row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2));
    }

    /**
     * A table printed for reading: its columns on one page width, its header row repeated on every page and kept in
     * view on screen, and the cell grid printed so the wrapped rows stay apart.
     */
    static void printTable(Sheet sheet, int columns, boolean landscape) {
        printFitWidth(sheet, landscape);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
        sheet.createFreezePane(0, 1);
        sheet.setPrintGridlines(true);
    }

    /** Print the columns on one A4 page width and let the rows run on: tables are read across. */
    static void printFitWidth(Sheet sheet, boolean landscape) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** An amount as the app's own sentences write it: whole units with thousands separators. */
    static String moneyText(double amount) {
        return String.format(Locale.US, "%,.0f", amount);
    }

    /** Short enough for a chart's axis: "-0.75M", "650K", "80" (K and M as the business case writes them). */
    static String shortMoney(double amount) {
        double size = Math.abs(amount);
        if (size >= 1e6) {
            return String.format(Locale.US, "%.2fM", amount / 1e6);
        }
        if (size >= 1e3) {
            return String.format(Locale.US, "%.0fK", amount / 1e3);
        }
        return String.format(Locale.US, "%.0f", amount);
    }
}
