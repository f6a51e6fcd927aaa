package dev.greenlight.brief;

import static dev.greenlight.brief.BriefWorkbookTest.assertClose;
import static dev.greenlight.brief.BriefWorkbookTest.named;
import static dev.greenlight.brief.BriefWorkbookTest.reopen;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.scoring.ValidationCurve;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A DETECTION line measured on validation data (PRODUCT.md §9.1) in the brief: its benefit is a live formula of
 * named inputs, precision derived from prevalence, recall and the false-positive rate, so POI's recalculation after
 * an edit agrees with a fresh score of the edited document.
 */
class BriefMeasuredLineTest {

    private static ObjectNode measuredFraud(double prevalence) throws IOException {
        var json = (ObjectNode) AssessmentJson.mapper().readTree(Files.readString(
                Path.of("sample-data/01-card-fraud-early-warning.json")));
        var derived = (ObjectNode) json.at("/financials/annualBenefits/0/derivedFrom");
        derived.remove("recall");
        derived.remove("precision");
        ((ObjectNode) derived.get("prevalence")).put("likely", prevalence);
        var points = new ArrayList<ValidationCurve.Point>();
        for (int i = 0; i < 200; i++) {
            double t = i / 200.0;
            points.add(new ValidationCurve.Point(t, Math.min(100, 100 * (1 - t * t)), 900 * (1 - t) * (1 - t)));
        }
        var curve = new ValidationCurve("fraud.csv", 1_000, 100, 900, 100, 900, points, 0.9);
        derived.set("validation", AssessmentJson.mapper().valueToTree(AssessmentDocument.Validation.of(curve)));
        return json;
    }

    @Test
    void the_measured_benefit_is_live_and_follows_a_change_of_prevalence_in_excel() throws IOException {
        BriefData data = SampleBriefs.brief(AssessmentJson.read(measuredFraud(0.0026).toString()));
        BriefData fresh = SampleBriefs.brief(AssessmentJson.read(measuredFraud(0.0029).toString()));
        try (var wb = reopen(new BriefWorkbook().write(data))) {
            assertClose(named(wb, "Benefit_1_Derived").getNumericCellValue(),
                    data.score().financials().derivedBenefits().getFirst().annualBenefit(), "annual benefit");
            named(wb, "Benefit_1_Prevalence_Likely").setCellValue(0.0029);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertClose(named(wb, "Benefit_1_Derived").getNumericCellValue(),
                    fresh.score().financials().derivedBenefits().getFirst().annualBenefit(), "benefit after the edit");
            assertClose(named(wb, "NetPresentValue").getNumericCellValue(), fresh.score().financials().npv(), "NPV");
        }
    }
}
