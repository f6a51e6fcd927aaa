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
     * Neither Excel nor LibreOffice grows a merged row to fit wrapped text, so estimate the lines: proportional
     * text averages a little under one character per unit of column width.
     */
    static void fitHeight(Row row, String value, int charsPerLine) {
        if (value == null) {
            return;
        }
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) charsPerLine));
        }
        row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2));
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
}
