package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Schema 2's derivedFrom and alternative (PRODUCT.md §6.1, §6.2) in the interchange format: each rule, its path. */
class ValueModelDocumentTest {

    private static final String DETECTION = """
            "derivedFrom": {"kind": "DETECTION",
              "casesPerYear": {"low": 80000, "likely": 100000, "high": 120000},
              "prevalence": {"low": 0.015, "likely": 0.02, "high": 0.03},
              "valuePerTruePositive": {"low": 300, "likely": 500, "high": 600},
              "costPerAlert": {"low": 15, "likely": 20, "high": 30},
              "recall": {"low": 0.7, "likely": 0.8, "high": 0.85},
              "precision": {"low": 0.4, "likely": 0.5, "high": 0.6},
              "baselineRecall": 0.4, "baselinePrecision": 0.2}""";

    private static final String AUTOMATION = """
            "derivedFrom": {"kind": "AUTOMATION",
              "tasksPerYear": {"low": 180000, "likely": 200000, "high": 230000},
              "automationRate": {"low": 0.5, "likely": 0.6, "high": 0.7},
              "minutesPerTask": {"low": 4, "likely": 6, "high": 8},
              "costPerHour": {"low": 45, "likely": 45, "high": 45},
              "errorRate": {"low": 0.01, "likely": 0.02, "high": 0.05},
              "costPerError": {"low": 30, "likely": 50, "high": 80}}""";

    private static final String ALTERNATIVE = """
            "alternative": {"name": "Tighter rules", "probabilityOfSuccess": 0.9,
              "buildCosts": [{"name": "Rules work", "low": 80000, "likely": 100000, "high": 150000}],
              "annualBenefits": [{"name": "Losses avoided", "low": 100000, "likely": 150000, "high": 200000}]}""";

    static String document(String benefit, String alternative) {
        return """
                {"schemaVersion": 2, "title": "Fraud radar",
                 "financials": {"currency": "USD", "horizonYears": 3, "discountRate": 0.1, "probabilityOfSuccess": 1,
                   "buildCosts": [{"name": "Build", "low": 500000, "likely": 500000, "high": 500000}],
                   "annualRunCosts": [{"name": "Run", "low": 100000, "likely": 100000, "high": 100000}],
                   "annualBenefits": [{"name": "Fraud losses avoided", %s}],
                   "adoptionByYear": [1, 1, 1]%s}}
                """.formatted(benefit, alternative == null ? "" : ", " + alternative);
    }

    @Test
    void a_derived_line_and_an_alternative_are_read_and_scored_with_method_3_and_its_value_of_information() {
        var doc = AssessmentJson.read(document(DETECTION, ALTERNATIVE));
        ScoreResult result = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(ScoringInputs.of(doc, Locale.US));
        JsonNode json = AssessmentJson.scoreMapper().valueToTree(result);
        assertThat(json.get("method").asInt()).isEqualTo(3);
        JsonNode information = json.get("valueOfInformation");
        assertThat(information.propertyNames()).containsExactly("evpi", "inputs");
        assertThat(information.get("inputs").get(0).propertyNames()).containsExactly("input", "evppi");
        assertThat(AssessmentJson.scoreMapper().treeToValue(json, ScoreResult.class).valueOfInformation())
                .as("stored and read back").isEqualTo(result.valueOfInformation());
        JsonNode derived = json.get("financials").get("derivedBenefits").get(0);
        assertThat(derived.propertyNames()).containsExactly("line", "kind", "annualBenefit", "valuePerRecallPoint",
                "valuePerPrecisionPoint", "breakEvenRecall", "breakEvenPrecision");
        // 500 × 2,000 × 0.4 + 20 × 800 (see ValueModelTest)
        assertThat(derived.get("annualBenefit").asDouble()).isEqualTo(416_000.0, org.assertj.core.data.Offset.offset(1e-6));
        JsonNode alternative = json.get("financials").get("alternative");
        assertThat(alternative.propertyNames()).contains("cashFlows", "npv", "riskAdjustedNpv", "irr", "paybackMonths",
                "incrementalRiskAdjustedNpv", "probabilityBeatsAlternative");
        // a stored score reads back whole
        var back = AssessmentJson.scoreMapper().treeToValue(json, ScoreResult.class);
        assertThat(back.financials().derivedBenefits()).isEqualTo(result.financials().derivedBenefits());
        assertThat(back.financials().alternative()).isEqualTo(result.financials().alternative());
    }

    @Test
    void an_automation_line_has_its_own_figures_and_a_missing_break_even_is_null() {
        var doc = AssessmentJson.read(document(AUTOMATION.replace("\"costPerError\": {\"low\": 30, \"likely\": 50, \"high\": 80}",
                "\"costPerError\": {\"low\": 0, \"likely\": 0, \"high\": 0}"), null));
        JsonNode json = AssessmentJson.scoreMapper().valueToTree(
                new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(ScoringInputs.of(doc, Locale.US)));
        JsonNode derived = json.get("financials").get("derivedBenefits").get(0);
        assertThat(derived.propertyNames()).containsExactly("line", "kind", "annualBenefit", "valuePerAutomationPoint",
                "breakEvenAutomationRate", "breakEvenErrorRate");
        assertThat(derived.get("breakEvenErrorRate").isNull()).isTrue(); // errors that cost nothing never break even
        assertThat(json.get("financials").get("alternative").isNull()).isTrue();
    }

    @Test
    void a_stored_method_1_score_keeps_its_method() {
        var doc = AssessmentJson.read(document(DETECTION, null));
        var tree = (tools.jackson.databind.node.ObjectNode) AssessmentJson.scoreMapper().valueToTree(
                new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(ScoringInputs.of(doc, Locale.US)));
        tree.remove("method");
        ((tools.jackson.databind.node.ObjectNode) tree.get("financials")).remove("derivedBenefits");
        var stored = AssessmentJson.scoreMapper().treeToValue(tree, ScoreResult.class);
        assertThat(stored.method()).isEqualTo(1);
        assertThat(stored.financials().derivedBenefits()).isEmpty();
    }

    @Test
    void both_derived_from_and_amounts_are_refused() {
        rejected(document("\"low\": 1, \"likely\": 2, \"high\": 3, " + DETECTION, null),
                "financials.annualBenefits[0]", "has both derivedFrom and low/likely/high");
    }

    @Test
    void derived_from_is_refused_on_costs_and_on_the_alternative() {
        String onCost = document(DETECTION, null).replace(
                "\"buildCosts\": [{\"name\": \"Build\", \"low\": 500000, \"likely\": 500000, \"high\": 500000}]",
                "\"buildCosts\": [{\"name\": \"Build\", " + DETECTION + "}]");
        rejected(onCost, "financials.buildCosts[0].derivedFrom", "allowed only on financials.annualBenefits");
        String onAlternative = document(DETECTION, ALTERNATIVE.replace(
                "{\"name\": \"Losses avoided\", \"low\": 100000, \"likely\": 150000, \"high\": 200000}",
                "{\"name\": \"Losses avoided\", " + AUTOMATION + "}"));
        rejected(onAlternative, "financials.alternative.annualBenefits[0].derivedFrom", "allowed only on");
    }

    @Test
    void every_input_range_is_checked_with_its_path() {
        rejected(document(DETECTION.replace("\"recall\": {\"low\": 0.7", "\"recall\": {\"low\": 0"), null),
                "financials.annualBenefits[0].derivedFrom.recall.low", "must be in (0, 1]");
        rejected(document(DETECTION.replace("\"likely\": 0.8, \"high\": 0.85", "\"likely\": 0.8, \"high\": 1.2"), null),
                "financials.annualBenefits[0].derivedFrom.recall.high", "must be in (0, 1]");
        rejected(document(DETECTION.replace("\"prevalence\": {\"low\": 0.015, \"likely\": 0.02, \"high\": 0.03}",
                "\"prevalence\": {\"low\": 0.015, \"likely\": 0.02, \"high\": 1}"), null),
                "financials.annualBenefits[0].derivedFrom.prevalence.high", "must be in (0, 1)");
        rejected(document(DETECTION.replace("\"low\": 300, \"likely\": 500", "\"low\": 700, \"likely\": 500"), null),
                "financials.annualBenefits[0].derivedFrom.valuePerTruePositive.low", "must be ≤ likely");
        rejected(document(DETECTION.replace("\"likely\": 20, \"high\": 30", "\"likely\": 20, \"high\": 10"), null),
                "financials.annualBenefits[0].derivedFrom.costPerAlert.high", "must be ≥ likely");
        rejected(document(DETECTION.replace("\"casesPerYear\": {\"low\": 80000, \"likely\": 100000, \"high\": 120000},", ""), null),
                "financials.annualBenefits[0].derivedFrom.casesPerYear", "is required for a DETECTION model");
        rejected(document(DETECTION.replace("\"precision\": {\"low\": 0.4, \"likely\": 0.5", "\"precision\": {\"likely\": 0.5"), null),
                "financials.annualBenefits[0].derivedFrom.precision.low", "is required");
        rejected(document(AUTOMATION.replace("\"errorRate\": {\"low\": 0.01", "\"errorRate\": {\"low\": -0.01"), null),
                "financials.annualBenefits[0].derivedFrom.errorRate.low", "must be in [0, 1]");
        rejected(document(AUTOMATION.replace("\"automationRate\": {\"low\": 0.5, \"likely\": 0.6, \"high\": 0.7}",
                "\"automationRate\": {\"low\": 0.5, \"likely\": 0.6, \"high\": 1.1}"), null),
                "financials.annualBenefits[0].derivedFrom.automationRate.high", "must be in [0, 1]");
        rejected(document(AUTOMATION.replace("\"minutesPerTask\": {\"low\": 4", "\"minutesPerTask\": {\"low\": -4"), null),
                "financials.annualBenefits[0].derivedFrom.minutesPerTask.low", "must be in [0, 10080]");
    }

    @Test
    void today_s_process_is_checked() {
        rejected(document(DETECTION.replace("\"baselineRecall\": 0.4", "\"baselineRecall\": 1"), null),
                "financials.annualBenefits[0].derivedFrom.baselineRecall", "must be in [0, 1)");
        rejected(document(DETECTION.replace(", \"baselinePrecision\": 0.2", ""), null),
                "financials.annualBenefits[0].derivedFrom.baselinePrecision", "is required when baselineRecall > 0");
        rejected(document(DETECTION.replace("\"baselineRecall\": 0.4, \"baselinePrecision\": 0.2", "\"baselinePrecision\": 0.2"), null),
                "financials.annualBenefits[0].derivedFrom.baselineRecall", "is required");
        rejected(document(DETECTION.replace("\"baselinePrecision\": 0.2", "\"baselinePrecision\": 0"), null),
                "financials.annualBenefits[0].derivedFrom.baselinePrecision", "must be in (0, 1]");
        // nothing caught today: no precision needed
        assertThat(AssessmentJson.read(document(DETECTION.replace(
                "\"baselineRecall\": 0.4, \"baselinePrecision\": 0.2", "\"baselineRecall\": 0"), null))).isNotNull();
    }

    @Test
    void the_kind_is_required_and_the_other_kind_s_inputs_are_refused() {
        rejected(document(DETECTION.replace("\"kind\": \"DETECTION\",", ""), null),
                "financials.annualBenefits[0].derivedFrom.kind", "is required: DETECTION");
        rejected(document(DETECTION.replace("\"kind\": \"DETECTION\"", "\"kind\": \"GUESSING\""), null),
                "financials.annualBenefits[0].derivedFrom.kind", "DETECTION, AUTOMATION");
        rejected(document(DETECTION.replace("\"kind\": \"DETECTION\",",
                "\"kind\": \"DETECTION\", \"tasksPerYear\": {\"low\": 1, \"likely\": 1, \"high\": 1},"), null),
                "financials.annualBenefits[0].derivedFrom.tasksPerYear", "is an input of AUTOMATION models");
        rejected(document(AUTOMATION.replace("\"kind\": \"AUTOMATION\",", "\"kind\": \"AUTOMATION\", \"baselineRecall\": 0.2,"), null),
                "financials.annualBenefits[0].derivedFrom.baselineRecall", "is an input of DETECTION models");
        rejected(document(DETECTION.replace("\"kind\": \"DETECTION\",", "\"kind\": \"DETECTION\", \"f1\": 0.7,"), null),
                "financials.annualBenefits[0].derivedFrom.f1", "not a field");
    }

    @Test
    void a_benefit_too_large_to_hold_is_refused() {
        rejected(document(DETECTION.replace("\"casesPerYear\": {\"low\": 80000, \"likely\": 100000, \"high\": 120000}",
                "\"casesPerYear\": {\"low\": 1000000000000, \"likely\": 1000000000000, \"high\": 1000000000000}")
                .replace("\"valuePerTruePositive\": {\"low\": 300, \"likely\": 500, \"high\": 600}",
                        "\"valuePerTruePositive\": {\"low\": 1000000, \"likely\": 1000000, \"high\": 1000000}"), null),
                "financials.annualBenefits[0].derivedFrom", "more than the 10000000000000 a line may hold");
    }

    @Test
    void the_alternative_is_checked() {
        rejected(document(DETECTION, ALTERNATIVE.replace("\"probabilityOfSuccess\": 0.9", "\"probabilityOfSuccess\": 0")),
                "financials.alternative.probabilityOfSuccess", "above 0 and at most 1");
        rejected(document(DETECTION, ALTERNATIVE.replace("\"name\": \"Tighter rules\"", "\"name\": \" \"")),
                "financials.alternative.name", "must not be blank");
        rejected(document(DETECTION, ALTERNATIVE.replace("\"likely\": 150000, \"high\": 200000", "\"likely\": 150000, \"high\": 100000")),
                "financials.alternative.annualBenefits[0].high", "must be ≥ likely");
        rejected(document(DETECTION, ALTERNATIVE.replace("\"probabilityOfSuccess\": 0.9,", "\"probabilityOfSuccess\": 0.9, \"adoptionByYear\": [1, 1],")),
                "financials.alternative.adoptionByYear", "one share per year of the horizon (3 values)");
        rejected(document(DETECTION, ALTERNATIVE.replace("\"probabilityOfSuccess\": 0.9,", "\"probabilityOfSuccess\": 0.9, \"currency\": \"EUR\",")),
                "financials.alternative.currency", "not a field");
        // what a score still needs is listed, not refused: a draft may name the alternative before pricing it
        var draft = AssessmentJson.read(document(DETECTION, "\"alternative\": {\"name\": \"Tighter rules\"}"));
        assertThat(ScoringInputs.missingForScore(draft)).extracting(FieldError::path).containsExactly(
                "financials.alternative.probabilityOfSuccess", "financials.alternative.annualBenefits");
    }

    @Test
    void a_schema_1_benefit_line_stays_as_it_was() {
        var doc = AssessmentJson.read(document("\"low\": 1, \"likely\": 2, \"high\": 3", null)
                .replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));
        assertThat(doc.schemaVersion()).isEqualTo(2);
        assertThat(doc.financials().annualBenefits().getFirst().derivedFrom()).isNull();
        assertThat(doc.financials().annualBenefits().getFirst().likely()).isEqualTo(2.0);
    }

    @Test
    void the_samples_use_the_value_models() throws Exception {
        var scorer = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled());
        var fraud = scorer.score(ScoringInputs.of(sample("01-card-fraud-early-warning.json"), Locale.US));
        assertThat(fraud.financials().derivedBenefits()).singleElement().satisfies(d -> {
            assertThat(d.kind()).hasToString("DETECTION");
            assertThat(d.breakEvenRecall()).isBetween(0.0, 0.58);
        });
        assertThat(fraud.businessCase()).contains("Each point of recall is worth");
        var invoices = scorer.score(ScoringInputs.of(sample("07-invoice-data-extraction.json"), Locale.US));
        assertThat(invoices.financials().derivedBenefits()).singleElement()
                .satisfies(d -> assertThat(d.kind()).hasToString("AUTOMATION"));
        var churn = scorer.score(ScoringInputs.of(sample("05-subscriber-churn-prediction.json"), Locale.US));
        assertThat(churn.financials().alternative().returnsAsMuch()).isTrue();
        assertThat(churn.recommendation().ordinal()).isGreaterThanOrEqualTo(Recommendation.REVISE.ordinal());
    }

    private static AssessmentDocument sample(String file) throws Exception {
        return AssessmentJson.read(Files.readString(Path.of("sample-data", file)));
    }

    private static void rejected(String json, String path, String messagePart) {
        assertThatThrownBy(() -> AssessmentJson.read(json))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.path()).isEqualTo(path);
                            assertThat(error.message()).contains(messagePart);
                        }));
    }
}
