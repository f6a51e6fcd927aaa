package dev.greenlight.brief;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the Word brief, declared under Word's built-in names ("Title", "heading 1", …) so that
 * Word and LibreOffice treat them as their own: they appear in the navigation pane and the table of contents, and a
 * reviewer's comments and tracked changes attach to ordinary headings.
 */
final class WordStyles {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private WordStyles() {
    }

    static void define(XWPFDocument doc) {
        var styles = doc.createStyles();
        styles.addStyle(style(TITLE, "Title", null, 52, "1F3864"));
        styles.addStyle(style(HEADING_1, "heading 1", 0, 32, "2F5496"));
        styles.addStyle(style(HEADING_2, "heading 2", 1, 26, "2F5496"));
    }

    /**
     * @param outlineLevel the heading level Word navigates by (0 for heading 1), null for a title
     * @param halfPoints   the font size in half points, as Word stores it
     */
    private static XWPFStyle style(String id, String builtInName, Integer outlineLevel, int halfPoints, String colour) {
        var ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(builtInName);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel == null ? 10 : 9));
        ct.addNewQFormat();
        var paragraph = ct.addNewPPr();
        paragraph.addNewKeepNext();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(outlineLevel == null ? 0 : 240));
        spacing.setAfter(BigInteger.valueOf(120));
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var run = ct.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(colour);
        var style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        return style;
    }
}
