package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentJsonTest {

    private static final String VALID = """
            {
              "schemaVersion": 1,
              "title": "Card fraud early warning",
              "financials": {
                "currency": "USD", "horizonYears": 3, "discountRate": 0.10, "probabilityOfSuccess": 0.75,
                "buildCosts": [{"name": "Team", "low": 300000, "likely": 400000, "high": 600000, "evidence": "BENCHMARK"}],
                "annualRunCosts": [{"name": "MLOps maintenance", "low": 80000, "likely": 120000, "high": 180000, "evidence": "EXPERT_GUESS"}],
                "annualBenefits": [{"name": "Fraud losses avoided", "low": 1200000, "likely": 2000000, "high": 2600000, "evidence": "DATA"}],
                "adoptionByYear": [0.5, 1.0, 1.0]
              },
              "ethics": {"answers": {"affectedPeople": "CONSUMERS"}, "highRiskAreas": ["ESSENTIAL_SERVICES"]}
            }
            """;

    @Test
    void a_valid_document_is_read() {
        var doc = AssessmentJson.read(VALID);
        assertThat(doc.title()).isEqualTo("Card fraud early warning");
        assertThat(doc.financials().buildCosts()).hasSize(1);
        assertThat(doc.financials().adoptionByYear()).containsExactly(0.5, 1.0, 1.0);
    }

    @Test
    void a_draft_with_only_a_title_is_valid() {
        assertThat(AssessmentJson.read("{\"title\": \"Just an idea\"}").title()).isEqualTo("Just an idea");
    }

    @Test
    void unknown_fields_are_rejected_with_their_path() {
        assertRejected(VALID.replace("\"horizonYears\": 3", "\"horizonYears\": 3, \"colour\": \"red\""),
                "financials.colour", "not a field");
    }

    @Test
    void wrong_enum_values_are_rejected_listing_the_allowed_ones() {
        assertRejected(VALID.replace("\"BENCHMARK\"", "\"HUNCH\""), "financials.buildCosts[0].evidence", "DATA, BENCHMARK, EXPERT_GUESS");
    }

    @Test
    void low_above_likely_is_rejected() {
        assertRejected(VALID.replace("\"low\": 300000", "\"low\": 500000"), "financials.buildCosts[0].low", "≤ likely");
    }

    @Test
    void likely_above_high_is_rejected() {
        assertRejected(VALID.replace("\"high\": 600000", "\"high\": 350000"), "financials.buildCosts[0].high", "≥ likely");
    }

    @Test
    void negative_money_is_rejected() {
        assertRejected(VALID.replace("\"low\": 80000", "\"low\": -80000"), "financials.annualRunCosts[0].low", "must be at least 0, was \u221280,000");
    }

    @Test
    void a_discount_rate_outside_zero_to_one_is_rejected() {
        assertRejected(VALID.replace("\"discountRate\": 0.10", "\"discountRate\": 10"), "financials.discountRate", "0.10 for 10 %");
    }

    @Test
    void a_probability_outside_zero_to_one_is_rejected() {
        assertRejected(VALID.replace("\"probabilityOfSuccess\": 0.75", "\"probabilityOfSuccess\": 1.5"), "financials.probabilityOfSuccess", "between 0 and 1");
    }

    @Test
    void a_horizon_of_zero_years_is_rejected() {
        assertRejected(VALID.replace("\"horizonYears\": 3", "\"horizonYears\": 0").replace("[0.5, 1.0, 1.0]", "[]"),
                "financials.horizonYears", "between 1 and 10");
    }

    @Test
    void a_horizon_of_eleven_years_is_rejected() {
        assertRejected(VALID.replace("\"horizonYears\": 3", "\"horizonYears\": 11"), "financials.horizonYears", "between 1 and 10");
    }

    @Test
    void adoption_of_the_wrong_length_is_rejected() {
        assertRejected(VALID.replace("[0.5, 1.0, 1.0]", "[0.5, 1.0]"), "financials.adoptionByYear", "3 values");
    }

    @Test
    void adoption_outside_zero_to_one_is_rejected() {
        assertRejected(VALID.replace("[0.5, 1.0, 1.0]", "[0.5, 1.2, 1.0]"), "financials.adoptionByYear[1]", "between 0 and 1");
    }

    @Test
    void text_over_its_limit_is_rejected() {
        var longTitle = "x".repeat(AssessmentValidator.TITLE_MAX + 1);
        assertRejected(VALID.replace("Card fraud early warning", longTitle), "title", "at most 200 characters");
    }

    @Test
    void a_missing_title_is_rejected() {
        assertRejected(VALID.replace("\"title\": \"Card fraud early warning\",", ""), "title", "required");
    }

    @Test
    void a_blank_title_is_rejected() {
        assertRejected(VALID.replace("Card fraud early warning", "   "), "title", "required");
    }

    @Test
    void a_number_sent_as_text_is_rejected() {
        assertRejected(VALID.replace("\"horizonYears\": 3", "\"horizonYears\": \"3\""), "financials.horizonYears", "wrong type");
    }

    @Test
    void an_unknown_currency_is_rejected() {
        assertRejected(VALID.replace("\"USD\"", "\"DOLLARS\""), "financials.currency", "ISO 4217");
    }

    @Test
    void an_unknown_risk_question_is_rejected() {
        assertRejected(VALID.replace("\"affectedPeople\"", "\"mood\""), "ethics.answers.mood", "not a risk question");
    }

    @Test
    void an_invalid_risk_answer_is_rejected() {
        assertRejected(VALID.replace("\"CONSUMERS\"", "\"ALIENS\""), "ethics.answers.affectedPeople", "GENERAL_PUBLIC");
    }

    @Test
    void a_money_line_without_a_name_is_rejected() {
        assertRejected(VALID.replace("\"name\": \"Team\"", "\"name\": \"\""), "financials.buildCosts[0].name", "required");
    }

    @Test
    void malformed_json_is_rejected() {
        assertRejected("{\"title\": ", "title", "not valid JSON at line 1, column 11");
    }

    @Test
    void every_problem_is_reported_at_once() {
        var json = VALID.replace("\"horizonYears\": 3", "\"horizonYears\": 11").replace("\"probabilityOfSuccess\": 0.75", "\"probabilityOfSuccess\": 2");
        assertThatThrownBy(() -> AssessmentJson.read(json))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::path)
                        .contains("financials.horizonYears", "financials.probabilityOfSuccess"));
    }

    @Test
    void amounts_are_written_as_plain_numbers() {
        var json = AssessmentJson.write(AssessmentJson.read(VALID.replace("\"likely\": 2000000, \"high\": 2600000", "\"likely\": 13300000, \"high\": 26000000")));
        assertThat(json).contains("13300000").contains("0.1").doesNotContain("E7");
    }

    static Stream<Path> sampleFiles() throws IOException {
        return Files.list(Path.of("sample-data")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void every_sample_file_survives_a_round_trip(Path file) throws IOException {
        var original = Files.readString(file);
        var doc = AssessmentJson.read(original);
        var written = AssessmentJson.write(doc);
        assertThat(AssessmentJson.read(written)).isEqualTo(doc);
        var mapper = AssessmentJson.mapper();
        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(AssessmentJson.write(AssessmentJson.read(mapper.readTree(original).toString()))));
        assertThat(numbersOf(withoutVersion(written))).isEqualTo(numbersOf(withoutVersion(original)));
        assertThat(doc.schemaVersion()).isEqualTo(AssessmentDocument.SCHEMA_VERSION);
    }

    @Test
    void a_schema_one_document_is_read_as_schema_two() {
        var doc = AssessmentJson.read(VALID);
        assertThat(doc.schemaVersion()).isEqualTo(2);
        assertThat(AssessmentJson.write(doc)).contains("\"schemaVersion\" : 2");
    }

    @Test
    void a_document_without_a_version_is_read_as_the_current_schema() {
        assertThat(AssessmentJson.read("{\"title\": \"An idea\"}").schemaVersion()).isNull();
        assertThat(AssessmentJson.read("{\"schemaVersion\": 2, \"title\": \"An idea\"}").schemaVersion()).isEqualTo(2);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "3", "-1", "99999999999"})
    void a_schema_version_other_than_one_or_two_is_refused(String version) {
        assertRejected(VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": " + version), "schemaVersion",
                "must be 1 or 2");
    }

    @Test
    void reading_a_schema_one_tree_leaves_the_tree_as_it_was() {
        var tree = AssessmentJson.readObject(VALID);
        AssessmentJson.read(tree);
        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(1);
    }

    @Test
    void kill_rules_are_read_with_their_measure_operator_threshold_and_month() {
        var doc = AssessmentJson.read("{\"title\": \"A\", \"successMetric\": {\"killRules\": [{\"measure\": \"MODEL_METRIC\", "
                + "\"operator\": \"BELOW\", \"threshold\": 0.5, \"fromMonth\": 6}, {\"measure\": \"CUMULATIVE_NET_CASH\", "
                + "\"operator\": \"BELOW\", \"threshold\": -200000}]}}");
        assertThat(AssessmentValidator.validate(doc)).isEmpty();
        assertThat(doc.successMetric().killRules()).containsExactly(
                new AssessmentDocument.KillRule(AssessmentDocument.KillMeasure.MODEL_METRIC, AssessmentDocument.KillOperator.BELOW, 0.5, 6),
                new AssessmentDocument.KillRule(AssessmentDocument.KillMeasure.CUMULATIVE_NET_CASH, AssessmentDocument.KillOperator.BELOW,
                        -200_000.0, null));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "{\"operator\": \"BELOW\", \"threshold\": 1}                           | successMetric.killRules[0].measure   | is required",
            "{\"measure\": \"KPI\", \"threshold\": 1}                              | successMetric.killRules[0].operator  | is required",
            "{\"measure\": \"KPI\", \"operator\": \"ABOVE\"}                       | successMetric.killRules[0].threshold | is required",
            "{\"measure\": \"KPI\", \"operator\": \"ABOVE\", \"threshold\": 1e300}  | successMetric.killRules[0].threshold | must be a finite number",
            "{\"measure\": \"KPI\", \"operator\": \"ABOVE\", \"threshold\": 1, \"fromMonth\": 0}   | successMetric.killRules[0].fromMonth | must be a month from 1",
            "{\"measure\": \"KPI\", \"operator\": \"ABOVE\", \"threshold\": 1, \"fromMonth\": 133} | successMetric.killRules[0].fromMonth | to 132",
            "null                                                                  | successMetric.killRules[0]           | not null"})
    void a_kill_rule_is_refused_with_the_path_of_what_is_wrong(String rule, String path, String message) {
        assertRejected("{\"title\": \"A\", \"successMetric\": {\"killRules\": [" + rule + "]}}", path, message);
    }

    @Test
    void a_wrong_measure_is_refused_by_name() {
        assertRejected("{\"title\": \"A\", \"successMetric\": {\"killRules\": [{\"measure\": \"RECALL\"}]}}",
                "successMetric.killRules[0].measure", "KPI");
    }

    @Test
    void at_most_ten_kill_rules() {
        var rules = String.join(", ", java.util.Collections.nCopies(11, "{\"measure\": \"KPI\", \"operator\": \"ABOVE\", \"threshold\": 1}"));
        assertRejected("{\"title\": \"A\", \"successMetric\": {\"killRules\": [" + rules + "]}}", "successMetric.killRules",
                "at most 10");
    }

    private static tools.jackson.databind.JsonNode withoutVersion(String json) {
        var tree = AssessmentJson.readObject(json);
        tree.remove("schemaVersion");
        return tree;
    }

    @Test
    void there_are_at_least_six_sample_files() throws IOException {
        assertThat(sampleFiles().count()).isGreaterThanOrEqualTo(6);
    }

    /** Every number in document order as a double, so 1.0 and 1 compare equal. */
    private static List<Double> numbersOf(tools.jackson.databind.JsonNode node) {
        var out = new java.util.ArrayList<Double>();
        collect(node, out);
        return out;
    }

    private static void collect(tools.jackson.databind.JsonNode node, List<Double> out) {
        if (node.isNumber()) {
            out.add(node.doubleValue());
        } else if (node.isContainer()) {
            if (node.isObject()) {
                node.propertyNames().stream().sorted().forEach(name -> collect(node.get(name), out));
            } else {
                node.forEach(child -> collect(child, out));
            }
        }
    }

    private static void assertRejected(String json, String path, String messagePart) {
        assertThatThrownBy(() -> AssessmentJson.read(json))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.path()).isEqualTo(path);
                            assertThat(error.message()).contains(messagePart);
                        }));
    }
}
