package dev.greenlight.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The project brief of PRODUCT.md §4: a printable summary, then the model behind it as live formulas on named,
 * editable assumptions, so a leader can change the discount rate and watch the NPV move. The Brief sheet shows
 * the figures as scored by the app; the Cash flow sheet recalculates. Each sheet has its own writer; this class
 * puts them in order and writes the file.
 */
public final class BriefWorkbook {

    static final String BRIEF = "Brief";
    static final String ASSUMPTIONS = "Assumptions";
    static final String CASH_FLOW = "Cash flow";
    static final String VALUE_MODELS = "Value models";
    static final String ALTERNATIVE = "Alternative";
    static final String SENSITIVITY = "Sensitivity";
    static final String UNCERTAINTY = "Uncertainty";
    static final String ETHICS = "Ethics";
    static final String ANSWERS = "Answers";
    static final String HISTORY = "History";
    static final String TRACKING = "Tracking";

    static final String MODEL_VERSION_PROPERTY = "Scoring model version";
    static final String NOT_WITHIN_HORIZON = "not within horizon";
    static final String NO_IRR = "none";

    /** Writes the brief as an .xlsx file. */
    public byte[] write(BriefData data) {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream(64 * 1024)) {
            var st = new WorkbookStyles(wb, WorkbookStyles.Layout.DOCUMENT, data.financials().currency());
            // In this order: the Cash flow's formulas refer to names the Assumptions sheet defines.
            var brief = new BriefSheet(wb.createSheet(BRIEF), data, st);
            brief.write();
            // A derived benefit line's amount is a formula on the Value models sheet, whose break-evens solve the
            // Cash flow's NPV: its inputs are written first, its break-evens last, and it stands after Assumptions.
            var valueModels = ValueModelSheet.needed(data)
                    ? new ValueModelSheet(wb.createSheet(VALUE_MODELS), data, st) : null;
            if (valueModels != null) {
                valueModels.writeInputs();
            }
            new AssumptionsSheet(wb.createSheet(ASSUMPTIONS), data, st).write();
            new CashFlowSheet(wb.createSheet(CASH_FLOW), data, st).write();
            if (valueModels != null) {
                valueModels.writeFigures();
                wb.setSheetOrder(VALUE_MODELS, wb.getSheetIndex(ASSUMPTIONS));
            }
            if (AlternativeSheet.needed(data)) {
                new AlternativeSheet(wb.createSheet(ALTERNATIVE), data, st).write();
            }
            // once every name the Brief sheet's figures refer to is defined
            brief.link();
            if (data.tracking() != null) {
                new TrackingSheet(wb.createSheet(TRACKING), data, st).write();
            }
            new SensitivitySheet(wb.createSheet(SENSITIVITY), data, st).write();
            new UncertaintySheet(wb.createSheet(UNCERTAINTY), data, st).write();
            new EthicsSheet(wb.createSheet(ETHICS), data, st).write();
            new AnswersSheet(wb.createSheet(ANSWERS), data, st).write();
            new HistorySheet(wb.createSheet(HISTORY), data, st).write();
            writeProperties(wb, data);

            // Cached results for viewers that never recalculate (previews, mail clients, some web viewers);
            // Excel and LibreOffice recalculate on open anyway because of the flag below.
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeProperties(XSSFWorkbook wb, BriefData data) {
        var core = wb.getProperties().getCoreProperties();
        core.setTitle(data.title());
        core.setCreator(data.author());
        core.setSubjectProperty("Greenlight project brief");
        core.setCreated(Optional.of(new Date()));
        wb.getProperties().getCustomProperties().addProperty(MODEL_VERSION_PROPERTY, data.score().modelVersion());
    }
}
