package dev.greenlight.brief;

import dev.greenlight.scoring.EthicsResult;
import dev.greenlight.scoring.Mitigation;
import dev.greenlight.scoring.RequiredControl;
import dev.greenlight.scoring.RiskQuestion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The ethical half of the score: the risk register, the mitigations, the EU AI Act tier and the controls. */
record EthicsSheet(XSSFSheet sheet, BriefData data, WorkbookStyles st) {

    private static final int[] WIDTHS = {60, 40, 10, 10};

    void write() {
        var rows = new SheetRows(sheet, st);
        Cells.widths(sheet, WIDTHS);
        EthicsResult e = data.score().ethics();
        rows.title("Ethics");

        rows.skip();
        rows.heading("Risk register");
        rows.headers("Question", "Answer", "Points", "Maximum");
        for (BriefData.RiskRow risk : data.riskRegister()) {
            var row = rows.next();
            CellText.write(row, 0, risk.question(), st.userWrap);
            CellText.write(row, 1, risk.answer(), st.userWrap);
            Cells.number(row, 2, risk.points(), st.integer);
            Cells.number(row, 3, risk.maxPoints(), st.integer);
        }
        total(rows, "Raw risk", e.rawRisk(), st.integerBold);

        rows.skip();
        rows.heading("Mitigations in place");
        rows.headers("Mitigation", null, "Credit");
        for (Mitigation m : data.mitigations()) {
            var row = rows.next();
            Cells.text(row, 0, m.label(), st.text);
            Cells.number(row, 2, m.credit(), st.integer);
        }
        if (data.mitigations().isEmpty()) {
            Cells.text(rows.next(), 0, "None", st.text);
        }
        total(rows, "Mitigation credit", e.mitigationCredit(), st.integerBold);
        total(rows, "Residual risk (of " + RiskQuestion.MAX_RAW_RISK + ")", e.residualRisk(), st.number1Bold);
        statement(rows, "Ethics level", e.level().name() + " (" + e.level().label() + ")");

        rows.skip();
        rows.heading("EU AI Act");
        statement(rows, "Tier", e.euAiActTier().label());
        for (String article : e.articles()) {
            var row = rows.next();
            Cells.text(row, 0, "Provision", st.text);
            CellText.write(row, 1, article, st.userText);
        }
        if (e.article6Documentation()) {
            Cells.text(rows.next(), 0, "The Art. 6(3) exemption applies: document that assessment (Art. 6(4)).", st.text);
        }
        if (e.euAiAct() != null) {
            new EuAiActRows(sheet, rows, st).write(e.euAiAct());
        }

        rows.skip();
        rows.heading("Required controls for level " + e.level().name());
        rows.headers("Control", "In place");
        for (RequiredControl required : data.requiredControls()) {
            var row = rows.next();
            Mitigation m = required.control();
            Cells.text(row, 0, m.label(), st.text);
            Cells.text(row, 1, required.inPlace() ? "yes" : "no: " + m.condition(), st.wrap);
        }
        if (data.requiredControls().isEmpty()) {
            Cells.text(rows.next(), 0, "None at this level", st.text);
        }
        if (!e.toLowerLevel().isEmpty()) {
            var lower = rows.next();
            Cells.text(lower, 0, "To lower the level by one, add", st.bold);
            Cells.text(lower, 1, String.join("; ", e.toLowerLevel().stream().map(c -> Mitigation.valueOf(c).label())
                    .toList()), st.wrap);
        }
        Cells.printFitWidth(sheet, false);
    }

    /** A bold label and its figure in the Points column. */
    private void total(SheetRows rows, String label, double value, CellStyle style) {
        var row = rows.next();
        Cells.text(row, 0, label, st.bold);
        Cells.number(row, 2, value, style);
    }

    private void statement(SheetRows rows, String label, String words) {
        var row = rows.next();
        Cells.text(row, 0, label, st.bold);
        Cells.text(row, 1, words, st.text);
    }
}
