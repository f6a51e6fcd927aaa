package dev.greenlight.brief;

import dev.greenlight.scoring.EuAiActObligation;
import dev.greenlight.scoring.EuAiActScreening;
import java.time.LocalDate;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The EU AI Act part of the Ethics sheet (PRODUCT.md §6.3): what the screening found, each obligation for the
 * role with its EUR-Lex link, who it binds and the date it applies from, what that date rests on, and which
 * review of the rules file the score used.
 */
record EuAiActRows(XSSFSheet sheet, SheetRows rows, WorkbookStyles st) {

    void write(EuAiActScreening s) {
        statement("Screening", s.summary());
        statement("Role", s.role().label());
        statement("Rules", "EU AI Act rules reviewed on " + EuAiActScreening.spoken(LocalDate.parse(s.rulesReviewed()))
                + "; a triage aid, not legal advice");
        if (!s.unanswered().isEmpty()) {
            statement("Unanswered", String.join(", ", s.unanswered()));
        }
        rows.skip();
        rows.heading("EU AI Act obligations");
        rows.headers("Obligation", "Link (EUR-Lex)", "Applies to", "From");
        for (EuAiActObligation o : s.obligations()) {
            var row = rows.next();
            Cells.text(row, 0, o.article() + ": " + o.title(), st.wrap);
            var link = Cells.text(row, 1, o.url(), st.text);
            var hyperlink = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress(o.url());
            link.setHyperlink(hyperlink);
            Cells.text(row, 2, o.appliesTo().toLowerCase(java.util.Locale.ROOT), st.text);
            Cells.text(row, 3, o.appliesFrom(), st.text);
            Cells.fitHeight(row, o.article() + ": " + o.title(), 60);
            var source = rows.next();
            String basis = "Date rests on: " + o.source() + " (" + ("PRIMARY".equals(o.sourceKind()) ? "the law's text"
                    : "reported, " + o.sourceKind().toLowerCase(java.util.Locale.ROOT) + " source") + "). " + o.note();
            Cells.text(source, 0, basis, st.wrap);
            Cells.fitHeight(source, basis, 60);
        }
        if (s.obligations().isEmpty()) {
            Cells.text(rows.next(), 0, "No obligation under the Act", st.text);
        }
    }

    private void statement(String label, String words) {
        var row = rows.next();
        Cells.text(row, 0, label, st.bold);
        Cells.text(row, 1, words, st.wrap);
        Cells.fitHeight(row, words, 40);
    }
}
