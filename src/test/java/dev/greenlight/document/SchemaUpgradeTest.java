package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.EuAiActScreener;
import dev.greenlight.scoring.EuAiActTier;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conservative upgrade of schema-1 EU AI Act answers to schema 2 (PRODUCT.md §6.3). */
class SchemaUpgradeTest {

    private static String v1(String ethics) {
        return "{\"schemaVersion\": 1, \"title\": \"Old\", \"ethics\": {\"answers\": {\"affectedPeople\": \"CONSUMERS\"}, "
                + ethics + ", \"mitigations\": [\"DOCUMENTATION\"]}}";
    }

    @Test
    void each_field_moves_into_eu_ai_act_and_an_area_becomes_its_unspecified_use() {
        var doc = AssessmentJson.read(v1("\"prohibitedPractices\": [], \"highRiskAreas\": [\"ESSENTIAL_SERVICES\", \"EMPLOYMENT\"], "
                + "\"annexOneSafetyComponent\": false, \"narrowProceduralTask\": false, \"profilesPeople\": true, "
                + "\"transparencyObligations\": [\"INTERACTS_WITH_PEOPLE\"]"));

        var eu = doc.ethics().euAiAct();
        assertThat(doc.schemaVersion()).isEqualTo(2);
        assertThat(eu.annexThreeUses()).containsExactly("III_5_UNSPECIFIED", "III_4_UNSPECIFIED");
        assertThat(eu.article6_3()).isNull();
        assertThat(eu.profilesPeople()).isTrue();
        assertThat(eu.annexOneSafetyComponent()).isFalse();
        assertThat(eu.prohibitedPractices()).isEmpty();
        assertThat(eu.transparencyObligations()).containsExactly("INTERACTS_WITH_PEOPLE");
        assertThat(eu.role()).as("schema 1 never asked").isNull();
        assertThat(doc.ethics().mitigations()).hasSize(1);
        assertThat(AssessmentJson.write(doc)).doesNotContain("highRiskAreas").doesNotContain("narrowProceduralTask");
    }

    @Test
    void an_upgraded_area_screens_high_risk_until_the_specific_use_is_named_and_the_role_is_unanswered() {
        var doc = AssessmentJson.read(v1("\"highRiskAreas\": [\"ESSENTIAL_SERVICES\"], \"profilesPeople\": true"));
        var s = EuAiActScreener.screen(EuAiActRulesFile.bundled(), ScoringInputs.euAiAct(doc.ethics().euAiAct()));

        assertThat(s.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(s.findings()).anyMatch(f -> f.contains("name the specific Annex III use (some uses in this area are excluded)"));
        assertThat(s.unanswered()).containsExactly("ethics.euAiAct.role");
        assertThat(s.obligations()).extracting(o -> o.article()).contains("Art. 9", "Art. 26");
    }

    @Test
    void a_narrow_procedural_task_becomes_article_6_3_a_and_still_exempts_a_system_that_does_not_profile() {
        var doc = AssessmentJson.read(v1("\"highRiskAreas\": [\"EDUCATION\"], \"narrowProceduralTask\": true, "
                + "\"profilesPeople\": false"));
        var eu = doc.ethics().euAiAct();
        var s = EuAiActScreener.screen(EuAiActRulesFile.bundled(), ScoringInputs.euAiAct(eu));

        assertThat(eu.article6_3()).containsExactly("NARROW_PROCEDURAL_TASK");
        assertThat(s.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(s.article6Documentation()).isTrue();
        assertThat(s.obligations()).extracting(o -> o.article()).contains("Art. 6(4)", "Art. 49(2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BIOMETRICS", "CRITICAL_INFRASTRUCTURE", "EDUCATION", "EMPLOYMENT", "ESSENTIAL_SERVICES",
            "LAW_ENFORCEMENT", "MIGRATION_BORDER", "JUSTICE_DEMOCRACY"})
    void every_schema_one_area_has_its_unspecified_use(String area) {
        var doc = AssessmentJson.read(v1("\"highRiskAreas\": [\"" + area + "\"]"));
        assertThat(doc.ethics().euAiAct().annexThreeUses()).singleElement().asString().endsWith("_UNSPECIFIED");
    }

    @Test
    void an_unknown_schema_one_area_is_refused_at_its_schema_one_path() {
        assertThatThrownBy(() -> AssessmentJson.read(v1("\"highRiskAreas\": [\"SPACE\"]")))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.path()).isEqualTo("ethics.highRiskAreas[0]");
                            assertThat(error.message()).contains("EMPLOYMENT").contains("SPACE");
                        }));
    }

    @Test
    void schema_two_refuses_the_schema_one_fields_by_name() {
        assertThatThrownBy(() -> AssessmentJson.read("{\"schemaVersion\": 2, \"title\": \"New\", \"ethics\": "
                + "{\"highRiskAreas\": [\"EMPLOYMENT\"]}}"))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.path()).isEqualTo("ethics.highRiskAreas")));
    }

    @Test
    void a_schema_two_code_outside_the_rules_is_refused_naming_its_path_and_the_codes_allowed() {
        assertThatThrownBy(() -> AssessmentJson.read("{\"schemaVersion\": 2, \"title\": \"New\", \"ethics\": "
                + "{\"euAiAct\": {\"annexThreeUses\": [\"III_4_A\", \"III_5_B_FRAUD\"], \"generalPurposeAi\": \"LLM\"}}}"))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.path()).isEqualTo("ethics.euAiAct.annexThreeUses[1]");
                            assertThat(error.message()).contains("III_5_B_FRAUD_DETECTION");
                        })
                        .anySatisfy(error -> assertThat(error.path()).isEqualTo("ethics.euAiAct.generalPurposeAi")));
    }

    @Test
    void a_schema_two_code_listed_twice_is_refused() {
        assertThatThrownBy(() -> AssessmentJson.read("{\"title\": \"New\", \"ethics\": "
                + "{\"euAiAct\": {\"article6_3\": [\"PREPARATORY_TASK\", \"PREPARATORY_TASK\"]}}}"))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.path()).isEqualTo("ethics.euAiAct.article6_3[1]")));
    }

    @Test
    void every_sample_screens_as_the_law_says() throws Exception {
        var rules = EuAiActRulesFile.bundled();
        String[][] expected = {
                {"01-card-fraud-early-warning.json", "MINIMAL"}, {"02-resume-screening-assistant.json", "HIGH_RISK"},
                {"03-customer-support-chatbot.json", "LIMITED"}, {"04-predictive-maintenance-conveyor-motors.json", "MINIMAL"},
                {"05-subscriber-churn-prediction.json", "MINIMAL"}, {"06-citizen-trust-score.json", "PROHIBITED"},
                {"07-invoice-data-extraction.json", "MINIMAL"}};
        for (String[] sample : expected) {
            var doc = AssessmentJson.read(java.nio.file.Files.readString(java.nio.file.Path.of("sample-data", sample[0])));
            var s = EuAiActScreener.screen(rules, ScoringInputs.euAiAct(doc.ethics().euAiAct()));
            assertThat(s.tier().name()).as(sample[0]).isEqualTo(sample[1]);
            assertThat(s.unanswered()).as(sample[0]).isEmpty();
            assertThat(doc.schemaVersion()).isEqualTo(2);
        }
        var fraud = AssessmentJson.read(java.nio.file.Files.readString(java.nio.file.Path.of("sample-data",
                "01-card-fraud-early-warning.json")));
        assertThat(EuAiActScreener.screen(rules, ScoringInputs.euAiAct(fraud.ethics().euAiAct())).findings())
                .contains("not high-risk: detecting financial fraud is excluded from Annex III 5(b)");
        var chatbot = AssessmentJson.read(java.nio.file.Files.readString(java.nio.file.Path.of("sample-data",
                "03-customer-support-chatbot.json")));
        assertThat(EuAiActScreener.screen(rules, ScoringInputs.euAiAct(chatbot.ethics().euAiAct())).obligations())
                .extracting(o -> o.article().toLowerCase(Locale.ROOT)).contains("art. 50(1)", "art. 53(1)(b), annex xii");
    }
}
