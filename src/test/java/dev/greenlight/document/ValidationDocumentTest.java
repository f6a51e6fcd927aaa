package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringModel;
import dev.greenlight.scoring.ValidationCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code derivedFrom.validation} in the interchange format (PRODUCT.md §9.1): read, checked, scored, written. */
class ValidationDocumentTest {

    /** The fraud sample with its DETECTION line measured on {@code validation} and its stated recall and precision removed. */
    private static ObjectNode measuredFraud(ValidationCurve validation) throws Exception {
        var json = (ObjectNode) AssessmentJson.mapper().readTree(Files.readString(
                Path.of("sample-data/01-card-fraud-early-warning.json")));
        var derived = (ObjectNode) json.at("/financials/annualBenefits/0/derivedFrom");
        derived.remove("recall");
        derived.remove("precision");
        derived.set("validation", AssessmentJson.mapper().valueToTree(AssessmentDocument.Validation.of(validation)));
        return json;
    }

    private static ValidationCurve curve(Double chosen) {
        var points = new java.util.ArrayList<ValidationCurve.Point>();
        for (int i = 0; i < 200; i++) { // 100 frauds and 900 others, frauds scoring higher
            double t = i / 200.0;
            points.add(new ValidationCurve.Point(t, Math.min(100, 100 * (1 - t * t)), 900 * (1 - t) * (1 - t)));
        }
        points.add(new ValidationCurve.Point(0.999, 0.5, 0));
        return new ValidationCurve("fraud.csv", 1_000, 100, 900, 100, 900, points, chosen);
    }

    private static List<FieldError> errors(ObjectNode json) {
        var thrown = catchThrowableOfType(InvalidAssessmentException.class, () -> AssessmentJson.read(json.toString()));
        return thrown == null ? List.of() : thrown.errors();
    }

    @Test
    void a_measured_line_needs_no_stated_recall_or_precision_and_scores_with_its_operating_curve() throws Exception {
        var doc = AssessmentJson.read(measuredFraud(curve(null)).toString());
        ScoreResult result = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled())
                .score(ScoringInputs.of(doc, Locale.US));
        JsonNode json = AssessmentJson.scoreMapper().valueToTree(result);

        JsonNode curve = json.at("/financials/derivedBenefits/0/operatingCurve");
        assertThat(curve.propertyNames()).containsExactly("bestThreshold", "benefitAtBest", "chosenThreshold",
                "benefitAtChosen", "benefitIfAllFlagged", "recallRange", "falsePositiveRateRange", "points");
        assertThat(curve.get("recallRange").propertyNames()).containsExactly("low", "likely", "high");
        assertThat(curve.get("points").get(0).propertyNames()).containsExactly("threshold", "recall",
                "falsePositiveRate", "precision", "alertsPerYear", "annualBenefit");
        assertThat(AssessmentJson.scoreMapper().treeToValue(json, ScoreResult.class).financials().derivedBenefits()
                .getFirst().operatingCurve()).as("stored and read back")
                .isEqualTo(result.financials().derivedBenefits().getFirst().operatingCurve());
        assertThat(result.businessCase()).contains("At the threshold ");
    }

    @Test
    void the_file_name_is_plain_text() throws Exception {
        var json = measuredFraud(curve(null));
        ((ObjectNode) json.at("/financials/annualBenefits/0/derivedFrom/validation")).put("source", "fraud\u0000.csv");
        assertThat(errors(json)).extracting(FieldError::path)
                .containsExactly("financials.annualBenefits[0].derivedFrom.validation.source");
    }

    @Test
    void a_chosen_threshold_must_be_one_of_the_stored_ones() throws Exception {
        assertThat(errors(measuredFraud(curve(0.5)))).isEmpty();
        assertThat(errors(measuredFraud(curve(0.5001)))).containsExactly(new FieldError(
                "financials.annualBenefits[0].derivedFrom.validation.chosenThreshold",
                "must be one of the stored thresholds, was 0.5001"));
    }

    @Test
    void a_curve_edited_by_hand_is_refused_naming_the_field() throws Exception {
        var json = measuredFraud(curve(null));
        var point = (ObjectNode) json.at("/financials/annualBenefits/0/derivedFrom/validation/points/3");
        point.remove("tp");
        assertThat(errors(json)).extracting(FieldError::path)
                .containsExactly("financials.annualBenefits[0].derivedFrom.validation.points[3].tp");
        point.put("tp", 1_000);
        assertThat(errors(json)).extracting(FieldError::path)
                .containsExactly("financials.annualBenefits[0].derivedFrom.validation.points[3].tp");
    }
}
