package dev.greenlight.brief;

import dev.greenlight.scoring.Recommendation;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of Greenlight's workbooks, created once per workbook: a workbook holds at most 64,000 of them,
 * so no writer creates a style per cell. The brief and the portfolio share it (an SXSSF workbook passes the
 * workbook underneath); a style one of them does not use costs a line in its styles part.
 */
final class WorkbookStyles {

    /** How a workbook's rows read, which decides how its cells align. */
    enum Layout {
        /** Labelled figures beside wrapped text (the brief): cells align to the top, column titles wrap. */
        DOCUMENT(VerticalAlignment.TOP, true),
        /** A long table of one-line rows (the portfolio): Excel's bottom alignment, column titles on one line. */
        TABLE(VerticalAlignment.BOTTOM, false);

        private final VerticalAlignment vertical;
        private final boolean wrapHeaders;

        Layout(VerticalAlignment vertical, boolean wrapHeaders) {
            this.vertical = vertical;
            this.wrapHeaders = wrapHeaders;
        }
    }

    private static final String PLAIN_MONEY = "#,##0;-#,##0";

    final XSSFCellStyle title;
    final XSSFCellStyle heading;
    /** A table's column titles. */
    final XSSFCellStyle header;
    final XSSFCellStyle bold;
    final XSSFCellStyle note;
    final XSSFCellStyle hint;
    final XSSFCellStyle text;
    final XSSFCellStyle textRight;
    final XSSFCellStyle wrap;
    final XSSFCellStyle money;
    final XSSFCellStyle moneyBold;
    final XSSFCellStyle percent;
    final XSSFCellStyle percentBold;
    final XSSFCellStyle wholePercent;
    final XSSFCellStyle integer;
    final XSSFCellStyle integerBold;
    final XSSFCellStyle number0;
    final XSSFCellStyle number1;
    final XSSFCellStyle number1Bold;
    final XSSFCellStyle numberGeneral;
    final XSSFCellStyle factor;
    final XSSFCellStyle deficitYear;
    final XSSFCellStyle scoreBig;
    final XSSFCellStyle dateTime;
    final XSSFCellStyle inputMoney;
    final XSSFCellStyle inputPercent;
    final XSSFCellStyle inputInteger;
    /** A value-model input that is a count or a duration, shown with the decimals it has. */
    final XSSFCellStyle inputNumber;
    /** A value-model share (prevalence, recall): two decimals, so 0.26 % does not read 0.3 %. */
    final XSSFCellStyle inputShare;
    /** User text in the styles above, each with its quote-prefixed twin (see {@link CellText}). */
    final CellText.Style userTitle;
    final CellText.Style userText;
    final CellText.Style userWrap;
    private final XSSFCellStyle go;
    private final XSSFCellStyle goWithConditions;
    private final XSSFCellStyle revise;
    private final XSSFCellStyle noGo;
    private final Layout layout;

    /** Styles whose money shows no currency: a table that mixes currencies has a column for it (the portfolio). */
    WorkbookStyles(XSSFWorkbook wb, Layout layout) {
        this(wb, layout, null);
    }

    /**
     * Styles whose money cells carry {@code currency} in their number format ("1,587,498 EUR"), so a figure read,
     * printed or pasted alone still says what it is counted in, and stays a number a formula can use.
     *
     * @param currency the ISO 4217 code every amount of the workbook is in, or null for none
     */
    WorkbookStyles(XSSFWorkbook wb, Layout layout, String currency) {
        this.layout = layout;
        String amounts = moneyFormat(currency);
        XSSFFont boldFont = wb.createFont();
        boldFont.setBold(true);
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        XSSFFont headingFont = wb.createFont();
        headingFont.setBold(true);
        headingFont.setFontHeightInPoints((short) 12);
        headingFont.setColor(rgb(0x1F, 0x4E, 0x79));
        XSSFFont noteFont = wb.createFont();
        noteFont.setItalic(true);
        noteFont.setColor(rgb(0x59, 0x59, 0x59));
        XSSFFont bigFont = wb.createFont();
        bigFont.setBold(true);
        bigFont.setFontHeightInPoints((short) 14);
        var format = wb.createDataFormat();

        title = style(wb, titleFont);
        XSSFCellStyle titleQuoted = quoted(wb, title);
        heading = style(wb, headingFont);
        header = filled(wb, boldFont, rgb(0xD9, 0xE1, 0xF2));
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(layout.wrapHeaders);
        header.setVerticalAlignment(layout.vertical);
        bold = style(wb, boldFont);
        bold.setVerticalAlignment(layout.vertical);
        note = style(wb, noteFont);
        note.setWrapText(true);
        note.setVerticalAlignment(layout.vertical);
        hint = style(wb, noteFont);
        text = style(wb, null);
        text.setVerticalAlignment(layout.vertical);
        XSSFCellStyle textQuoted = quoted(wb, text);
        textRight = style(wb, null);
        textRight.setAlignment(HorizontalAlignment.RIGHT);
        wrap = style(wb, null);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(layout.vertical);
        XSSFCellStyle wrapQuoted = quoted(wb, wrap);
        money = numeric(wb, null, format.getFormat(amounts));
        moneyBold = numeric(wb, boldFont, format.getFormat(amounts));
        percent = numeric(wb, null, format.getFormat("0.0%"));
        percentBold = numeric(wb, boldFont, format.getFormat("0.0%"));
        integer = numeric(wb, null, format.getFormat("0"));
        integerBold = numeric(wb, boldFont, format.getFormat("0"));
        number0 = numeric(wb, null, format.getFormat("0"));
        number1 = numeric(wb, null, format.getFormat("0.0"));
        number1Bold = numeric(wb, boldFont, format.getFormat("0.0"));
        numberGeneral = numeric(wb, null, format.getFormat("#,##0.##"));
        factor = numeric(wb, null, format.getFormat("0.0000"));
        // Negative (-1, "never in deficit") shows as blank.
        deficitYear = numeric(wb, null, format.getFormat("0;;0"));
        scoreBig = numeric(wb, bigFont, format.getFormat("0"));
        dateTime = numeric(wb, null, format.getFormat("yyyy-mm-dd hh:mm"));
        inputMoney = input(wb, format.getFormat(amounts));
        inputPercent = input(wb, format.getFormat("0.0%"));
        inputInteger = input(wb, format.getFormat("0"));
        inputNumber = input(wb, format.getFormat("#,##0.####"));
        inputShare = input(wb, format.getFormat("0.00%"));
        go = filled(wb, boldFont, colour(Recommendation.GO));
        goWithConditions = filled(wb, boldFont, colour(Recommendation.GO_WITH_CONDITIONS));
        revise = filled(wb, boldFont, colour(Recommendation.REVISE));
        noGo = filled(wb, boldFont, colour(Recommendation.NO_GO));
        wholePercent = numeric(wb, null, format.getFormat("0%"));

        userTitle = new CellText.Style(title, titleQuoted);
        userText = new CellText.Style(text, textQuoted);
        userWrap = new CellText.Style(wrap, wrapQuoted);
    }

    /** Whole units with thousands separators, then the currency code as literal text: {@code #,##0 "EUR"}. */
    static String moneyFormat(String currency) {
        if (currency == null) {
            return PLAIN_MONEY;
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("financials.currency must be a three-letter ISO 4217 code to format money with, was \""
                    + currency + "\"");
        }
        String unit = " \"" + currency + "\"";
        return "#,##0" + unit + ";-#,##0" + unit;
    }

    /** The recommendation's label cell: bold on its colour. */
    XSSFCellStyle recommendation(Recommendation r) {
        return switch (r) {
            case GO -> go;
            case GO_WITH_CONDITIONS -> goWithConditions;
            case REVISE -> revise;
            case NO_GO -> noGo;
        };
    }

    /** One colour per recommendation, the same in the brief's label and the portfolio's rows. */
    static XSSFColor colour(Recommendation r) {
        return switch (r) {
            case GO -> rgb(0xC6, 0xEF, 0xCE);
            case GO_WITH_CONDITIONS -> rgb(0xE2, 0xEF, 0xDA);
            case REVISE -> rgb(0xFF, 0xEB, 0x9C);
            case NO_GO -> rgb(0xFF, 0xC7, 0xCE);
        };
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }

    private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        return s;
    }

    private static XSSFCellStyle quoted(XSSFWorkbook wb, XSSFCellStyle base) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setQuotePrefixed(true);
        return s;
    }

    private XSSFCellStyle numeric(XSSFWorkbook wb, XSSFFont font, short format) {
        XSSFCellStyle s = style(wb, font);
        s.setDataFormat(format);
        s.setVerticalAlignment(layout.vertical);
        return s;
    }

    /** Unlocked so the cell stays editable if someone protects the sheet, and filled so it looks editable. */
    private static XSSFCellStyle input(XSSFWorkbook wb, short format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        s.setLocked(false);
        s.setFillForegroundColor(rgb(0xFF, 0xF2, 0xCC));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static XSSFCellStyle filled(XSSFWorkbook wb, XSSFFont font, XSSFColor colour) {
        XSSFCellStyle s = style(wb, font);
        s.setFillForegroundColor(colour);
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
