package dev.greenlight.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The Word brief (PRODUCT.md §8): the Brief sheet's page as a document reviewers annotate with comments and tracked
 * changes. Headings use Word's built-in styles ({@link WordStyles}); figures are the stored score's, as on the Brief
 * sheet. Depends on POI only: {@link BriefData} in, bytes out.
 */
public final class BriefDocument {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public byte[] write(BriefData data) {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            WordStyles.define(doc);
            new Writer(doc, data).write();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Word brief", e);
        }
    }

    private record Writer(XWPFDocument doc, BriefData data) {

        void write() {
            var score = data.score();
            styled(WordStyles.TITLE, data.title());
            text("Author: " + data.author() + ". Status: " + data.status() + ".");

            heading("Recommendation");
            text(score.recommendation().heading() + ", Greenlight score " + oneDecimal(score.score()) + " of 100.");
            var subscores = table("Subscore", "Value (0–100)");
            row(subscores, "Value", oneDecimal(score.subscores().value()));
            row(subscores, "Confidence", oneDecimal(score.subscores().confidence()));
            row(subscores, "Readiness", oneDecimal(score.subscores().readiness()));
            row(subscores, "Ethics", oneDecimal(score.subscores().ethics()));

            heading("Business case");
            text(score.businessCase());
            if (data.outsideView() != null) {
                heading("Outside view");
                text(data.outsideView());
            }

            heading("Key figures");
            keyFigures();

            heading("Conditions");
            list(data.conditions(), "The reviewer set no conditions.");
            if (!score.conditions().isEmpty()) {
                styled(WordStyles.HEADING_2, "Conditions for go (from the score)");
                list(score.conditions(), null);
            }

            heading("Risks");
            list(data.topRisks(), null);

            heading("Success metric and kill criteria");
            var unit = data.kpiUnit() == null || data.kpiUnit().isBlank() ? "" : " " + data.kpiUnit();
            var metric = table("Success metric", "Answer");
            row(metric, "KPI", data.kpiName() == null ? "Not set" : data.kpiName());
            row(metric, "Baseline", data.kpiBaseline() == null ? "Not measured" : plain(data.kpiBaseline()) + unit);
            row(metric, "Target", data.kpiTarget() == null ? "Not set" : plain(data.kpiTarget()) + unit);
            row(metric, "Kill criteria", data.killCriteria() == null || data.killCriteria().isBlank() ? "None given" : data.killCriteria());

            heading("Decision history");
            text(data.decision() == null ? "No decision yet." : "Latest decision: " + data.decision());
            var history = table("When", "Who", "What");
            for (var entry : data.history()) {
                row(history, WHEN.format(entry.when()), entry.who(), entry.what());
            }

            var footer = doc.createParagraph();
            footer.setAlignment(ParagraphAlignment.LEFT);
            var run = footer.createRun();
            run.setItalic(true);
            run.setFontSize(9);
            run.setText("Figures as scored by Greenlight, scoring model " + score.modelVersion() + ".");
        }

        private void keyFigures() {
            var f = data.score().financials();
            var mc = f.monteCarlo();
            var money = " " + f.currency();
            var table = table("Figure", "Value");
            row(table, "NPV", Cells.moneyText(f.npv()) + money);
            row(table, "Risk-adjusted NPV", Cells.moneyText(f.riskAdjustedNpv()) + money);
            row(table, "IRR", f.irr() == null ? BriefWorkbook.NO_IRR : percent(f.irr()));
            row(table, "Payback", f.paybackMonths() == null ? BriefWorkbook.NOT_WITHIN_HORIZON
                    : String.format(Locale.US, "%.1f months", f.paybackMonths()));
            row(table, "Chance the NPV is positive", percent(mc.probabilityNpvPositive()));
            row(table, "NPV in 8 of 10 simulated outcomes", Cells.moneyText(mc.p10()) + " to " + Cells.moneyText(mc.p90()) + money);
            row(table, "Build cost", Cells.moneyText(f.buildCost()) + money);
            row(table, "Run cost a year (with compliance)", Cells.moneyText(f.annualRunCost() + f.complianceCost()) + money);
            row(table, "Horizon and discount rate", data.financials().horizonYears() + " years at "
                    + percent(data.financials().discountRate()));
        }

        private void heading(String words) {
            styled(WordStyles.HEADING_1, words);
        }

        private void styled(String style, String words) {
            var p = doc.createParagraph();
            p.setStyle(style);
            p.createRun().setText(words);
        }

        /** User text keeps its line breaks as Word line breaks. */
        private void text(String words) {
            var run = doc.createParagraph().createRun();
            var lines = (words == null ? "" : words).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }

        private void list(List<String> items, String whenEmpty) {
            if (items.isEmpty() && whenEmpty != null) {
                text(whenEmpty);
            }
            for (var item : items) {
                text("\u2022 " + item);
            }
        }

        private XWPFTable table(String... header) {
            var table = doc.createTable(1, header.length);
            table.setWidth("100%");
            var first = table.getRow(0);
            first.setRepeatHeader(true);
            for (int i = 0; i < header.length; i++) {
                var cell = first.getCell(i);
                var run = cell.getParagraphs().getFirst().createRun();
                run.setBold(true);
                run.setText(header[i]);
                cell.setColor("D9E2F3");
            }
            return table;
        }

        private static void row(XWPFTable table, String... values) {
            XWPFTableRow row = table.createRow();
            for (int i = 0; i < values.length; i++) {
                var run = row.getCell(i).getParagraphs().getFirst().createRun();
                var lines = (values[i] == null ? "" : values[i]).split("\\R", -1);
                for (int j = 0; j < lines.length; j++) {
                    if (j > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[j]);
                }
            }
        }

        /** A KPI as typed: thousands separated, decimals kept (a recall of 0.42 is not "0"). */
        private static String plain(double value) {
            return new java.text.DecimalFormat("#,##0.##########", java.text.DecimalFormatSymbols.getInstance(Locale.US))
                    .format(value);
        }

        private static String oneDecimal(double value) {
            return String.format(Locale.US, "%.1f", value);
        }

        private static String percent(double fraction) {
            return String.format(Locale.US, "%.1f %%", fraction * 100);
        }
    }
}
