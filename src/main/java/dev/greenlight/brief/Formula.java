package dev.greenlight.brief;

import org.apache.poi.ss.util.CellReference;

/**
 * Formula text built from defined names ({@link BriefNames}) and column descriptors, so that no writer glues a
 * column letter to a row number: a table's columns can move and its formulas follow. Rows and columns are
 * 0-based, as in POI.
 */
final class Formula {

    private Formula() {
    }

    /** A column of a table that formulas refer to cell by cell or as a range. */
    interface Column {

        /** The 0-based column index. */
        int index();

        /** This column's cell in a row, relative (e.g. "G5"), as a formula in the same sheet refers to it. */
        default String at(int row) {
            return cell(index(), row);
        }

        /** This column from one row to another, inclusive (e.g. "G4:G14"). */
        default String rows(int first, int last) {
            return cell(index(), first) + ":" + cell(index(), last);
        }
    }

    static String cell(int column, int row) {
        return new CellReference(row, column, false, false).formatAsString();
    }

    /** A cell whose column stays put when the formula is applied across rows, e.g. "$F2" in conditional formatting. */
    static String fixedColumn(int column, int row) {
        return new CellReference(row, column, false, true).formatAsString();
    }

    /**
     * An absolute reference into a sheet, e.g. {@code 'Cash flow'!$G$4:$G$14}, as a defined name or a chart series
     * refers to it; one cell when both corners are the same. The sheet is always quoted, so a name with spaces or
     * punctuation cannot break the reference.
     */
    static String area(String sheet, int row1, int column1, int row2, int column2) {
        String ref = "'" + sheet.replace("'", "''") + "'!" + new CellReference(row1, column1, true, true).formatAsString();
        if (row1 != row2 || column1 != column2) {
            ref += ":" + new CellReference(row2, column2, true, true).formatAsString();
        }
        return ref;
    }

    /** A function call: {@code call("SUM", "A1", "B2")} is {@code SUM(A1,B2)}. */
    static String call(String function, String... arguments) {
        return function + "(" + String.join(",", arguments) + ")";
    }

    static String iff(String condition, String then, String otherwise) {
        return call("IF", condition, then, otherwise);
    }

    static String ifError(String value, String otherwise) {
        return call("IFERROR", value, otherwise);
    }

    /** A string literal; a double quote inside is doubled, as Excel escapes it. */
    static String text(String literal) {
        return "\"" + literal.replace("\"", "\"\"") + "\"";
    }
}
