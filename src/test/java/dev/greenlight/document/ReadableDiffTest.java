package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.document.Questionnaire.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version comparison as a reviewer reads it: labels, formatted values, lists as sets, money lines by name. */
class ReadableDiffTest {

    private static final String BASE = """
            {
              "schemaVersion": 2,
              "title": "Invoice anomaly detection",
              "problem": {"sponsor": "CFO", "strategicFit": "CORE"},
              "successMetric": {"measurementMethod": "A_B_TEST", "monthsToImpact": 6, "baseline": 13300000},
              "financials": {
                "currency": "EUR", "horizonYears": 3, "discountRate": 0.10, "probabilityOfSuccess": 0.7,
                "buildCosts": [{"name": "Team", "low": 300000, "likely": 400000, "high": 600000, "evidence": "BENCHMARK"}],
                "annualRunCosts": [{"name": "MLOps maintenance", "low": 80000, "likely": 120000, "high": 180000, "evidence": "EXPERT_GUESS"}],
                "annualBenefits": [{"name": "Errors avoided", "low": 1200000, "likely": 2000000, "high": 2600000, "evidence": "DATA"}],
                "adoptionByYear": [0.5, 1.0, 1.0]
              },
              "ethics": {"answers": {"peopleAffectedPerYear": "UNDER_100K"}, "mitigations": ["HUMAN_OVERSIGHT", "DOCUMENTATION"]}
            }
            """;

    private static List<ReadableChange> diff(String after) {
        return ReadableDiff.between(AssessmentJson.read(BASE), AssessmentJson.read(after));
    }

    @Test
    void the_same_document_has_no_changes() {
        assertThat(diff(BASE)).isEmpty();
    }

    @Test
    void adding_two_mitigations_reads_as_two_additions_not_as_positional_changes() {
        var changes = diff(BASE.replace("\"mitigations\": [\"HUMAN_OVERSIGHT\", \"DOCUMENTATION\"]",
                "\"mitigations\": [\"BIAS_TESTING\", \"HUMAN_OVERSIGHT\", \"APPEAL_PROCESS\", \"DOCUMENTATION\"]"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.step()).isEqualTo(Step.ETHICS);
            assertThat(c.question()).isEqualTo("Mitigations in place or committed");
            assertThat(c.added()).containsExactly("Bias testing across affected groups (credit 3)", "Appeal process for affected people (credit 2)");
            assertThat(c.removed()).isEmpty();
            assertThat(c.toString()).isEqualTo("Mitigations in place or committed: added Bias testing across affected groups (credit 3), "
                    + "Appeal process for affected people (credit 2)");
        });
    }

    @Test
    void answers_are_labelled_by_their_question_and_formatted_by_their_kind() {
        var changes = diff(BASE.replace("\"sponsor\": \"CFO\"", "\"sponsor\": \"VP Finance\"")
                .replace("\"discountRate\": 0.10", "\"discountRate\": 0.125")
                .replace("\"A_B_TEST\"", "\"SHADOW_MODE\"")
                .replace("\"baseline\": 13300000", "\"baseline\": 12000000.5")
                .replace("\"UNDER_100K\"", "\"UNDER_10M\""));
        assertThat(changes).extracting(ReadableChange::toString).containsExactly(
                "Sponsor: CFO → VP Finance",
                "Baseline: 13,300,000 → 12,000,000.5",
                "How will we measure it?: A/B test → Shadow mode",
                "Discount rate: 10 % → 12.5 %",
                changes.get(4).question() + ": Under 100,000 → Under 10 million");
    }

    @Test
    void money_lines_are_matched_by_name_and_amounts_carry_the_currency() {
        var changes = diff(BASE.replace("\"likely\": 400000", "\"likely\": 450000")
                .replace("{\"name\": \"MLOps maintenance\"", "{\"name\": \"Licences\", \"low\": 1000, \"likely\": 2000, \"high\": 3000, \"evidence\": \"DATA\"}, {\"name\": \"MLOps maintenance\""));
        assertThat(changes).extracting(ReadableChange::toString).containsExactly(
                "Build cost \u201CTeam\u201D: Likely: 400,000 EUR → 450,000 EUR",
                "Annual run cost lines: added Licences (1,000 / 2,000 / 3,000 EUR)");
    }

    @Test
    void a_removed_line_and_a_changed_evidence_and_adoption_say_so() {
        var changes = diff(BASE.replace("\"evidence\": \"DATA\"", "\"evidence\": \"EXPERT_GUESS\"")
                .replace("[0.5, 1.0, 1.0]", "[0.25, 1.0, 1.0]")
                .replace("\"buildCosts\": [{\"name\": \"Team\", \"low\": 300000, \"likely\": 400000, \"high\": 600000, \"evidence\": \"BENCHMARK\"}]", "\"buildCosts\": []"));
        assertThat(changes).extracting(ReadableChange::toString).containsExactly(
                "Build cost lines: removed Team (300,000 / 400,000 / 600,000 EUR)",
                "Annual benefit \u201CErrors avoided\u201D: Evidence: DATA → EXPERT_GUESS".replace("DATA", "Data").replace("EXPERT_GUESS", "Expert guess"),
                "Adoption in year 1: 50 % → 25 %");
    }

    @Test
    void a_field_outside_the_catalogue_is_still_shown_in_words() {
        assertThat(ReadableDiff.words("financials.annualBenefits[0].derivedFrom.recall.low"))
                .isEqualTo("Financials \u203A annual benefits 1 \u203A derived from \u203A recall \u203A low");
    }

    @Test
    void every_sample_compared_with_an_empty_draft_lists_only_labelled_answers() throws IOException {
        try (var files = Files.list(Path.of("sample-data"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                var changes = ReadableDiff.between(AssessmentDocument.draft("x", null, null, null), AssessmentJson.read(Files.readString(file)));
                assertThat(changes).as(file.toString()).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.question()).doesNotContain("[").doesNotStartWith("ethics.").doesNotStartWith("problem."));
            }
        }
    }
}
