package dev.greenlight.brief;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes user-typed text so that a spreadsheet never runs it: always a string cell, and quote-prefixed when
 * it starts like a formula (CSV/DDE injection survives copy-paste and "re-enter cell", so text alone is not
 * enough for a value such as {@code =HYPERLINK(...)}).
 */
final class CellText {

    /** Excel's limit; POI would throw anyway, but without saying which text was too long. */
    static final int MAX_LENGTH = 32_767;

    private CellText() {
    }

    static boolean needsQuotePrefix(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || Character.isISOControl(first);
    }

    /**
     * A style for user text and its quote-prefixed twin, both built once per workbook ({@link WorkbookStyles}).
     *
     * @param plain  the style for ordinary text
     * @param quoted the same style with the quote prefix set
     */
    record Style(CellStyle plain, CellStyle quoted) {
    }

    static Cell write(Row row, int column, String value, Style style) {
        String text = value == null ? "" : value;
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A text of " + text.length() + " characters does not fit in a cell (Excel's limit is "
                    + MAX_LENGTH + "); it starts: " + text.substring(0, 40));
        }
        Cell cell = row.createCell(column, CellType.STRING);
        cell.setCellValue(text);
        cell.setCellStyle(needsQuotePrefix(text) ? style.quoted() : style.plain());
        return cell;
    }
}
