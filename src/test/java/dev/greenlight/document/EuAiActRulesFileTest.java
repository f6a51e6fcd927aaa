package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.EuAiActScreening;
import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.SampleInputs;
import dev.greenlight.scoring.ScoringModel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules file itself: complete, cited and dated; and its reader: a broken file is refused naming its paths,
 * structural faults by Jackson, missing or dangling content all at once.
 */
class EuAiActRulesFileTest {

    private static final EuAiActRules RULES = EuAiActRulesFile.bundled();

    @Test
    void every_obligation_has_a_link_a_date_and_a_source() {
        assertThat(RULES.obligations()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.url()).startsWith("https://eur-lex.europa.eu/");
            String key = o.date();
            if (key != null) {
                assertThat(RULES.dates()).containsKey(key);
            } else {
                assertThat(o.dateByRoute() || o.dateFromOptions() != null).isTrue();
            }
        });
        assertThat(RULES.dates().values()).allSatisfy(d -> {
            assertThat(d.appliesFrom()).isAfter(LocalDate.of(2024, 8, 1));
            var source = RULES.sources().get(d.source());
            assertThat(source).isNotNull();
            assertThat(source.url()).startsWith("https://");
            assertThat(d.says()).isNotBlank();
        });
    }

    @Test
    void every_question_and_option_cites_an_article_with_a_link() {
        assertThat(RULES.questions()).extracting(EuAiActRules.Question::field).containsExactlyElementsOf(EuAiActRules.FIELDS);
        assertThat(RULES.questions()).allSatisfy(q -> {
            assertThat(q.article()).isNotBlank();
            assertThat(q.url()).startsWith("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689#");
            q.options().forEach(o -> {
                assertThat(o.article()).isNotBlank();
                assertThat(o.url()).startsWith("https://eur-lex.europa.eu/");
            });
        });
    }

    @Test
    void the_dates_are_those_of_the_act_as_amended_by_the_digital_omnibus() {
        assertThat(RULES.dates().get("PROHIBITIONS").appliesFrom()).isEqualTo("2025-02-02");
        assertThat(RULES.dates().get("GPAI").appliesFrom()).isEqualTo("2025-08-02");
        assertThat(RULES.dates().get("TRANSPARENCY").appliesFrom()).isEqualTo("2026-08-02");
        assertThat(RULES.dates().get("ANNEX_III").appliesFrom()).isEqualTo("2027-12-02");
        assertThat(RULES.dates().get("ANNEX_III").originally()).isEqualTo("2026-08-02");
        assertThat(RULES.dates().get("ANNEX_I").appliesFrom()).isEqualTo("2028-08-02");
        assertThat(RULES.sources().get(RULES.dates().get("ANNEX_III").source()).kind())
                .as("the Omnibus dates rest on an official source read through a copy, and the file says so")
                .isEqualTo(EuAiActRules.SourceKind.OFFICIAL);
    }

    @Test
    void schema_one_areas_each_have_an_unspecified_use() {
        for (String area : new String[] {"BIOMETRICS", "CRITICAL_INFRASTRUCTURE", "EDUCATION", "EMPLOYMENT",
                "ESSENTIAL_SERVICES", "LAW_ENFORCEMENT", "MIGRATION_BORDER", "JUSTICE_DEMOCRACY"}) {
            assertThat(RULES.codeForLegacyArea(area)).as(area).isPresent();
        }
    }

    @Test
    void a_file_with_a_missing_link_an_undated_obligation_and_an_unknown_source_is_refused_naming_each_path() {
        String json = """
                {"schemaVersion": 1, "lastReviewed": "2026-12-01", "reviewNote": "x",
                 "law": {"title": "t", "eli": "https://e", "urlBase": "https://eur-lex.europa.eu/x"},
                 "sources": {}, "dates": {"D": {"appliesFrom": "2026-13-01", "source": "NOPE", "says": "s"}},
                 "disputes": {}, "messages": {}, "conditions": {},
                 "questions": [{"field": "role", "kind": "CHOICE", "text": "t", "help": "h", "article": "a",
                                "options": [{"code": "PROVIDER", "label": "l", "article": "a"}]}],
                 "obligations": [{"id": "X", "when": {}, "appliesTo": "PROVIDER", "article": "a", "title": "t", "anchor": "art_1"}]}
                """;
        assertThatThrownBy(() -> EuAiActRulesFile.parse(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.dates.D.appliesFrom: must be an ISO date")
                .hasMessageContaining("$.dates.D.source: NOPE is not defined")
                .hasMessageContaining("$.questions[0].url: a link (url or anchor) is required")
                .hasMessageContaining("$.questions[0].options[0].url: a link (url or anchor) is required")
                .hasMessageContaining("$.obligations[0]: needs exactly one of date, dateByRoute or dateFromOptions")
                .hasMessageContaining("$.messages.HIGH_RISK_USE: text is required")
                .hasMessageContaining("$.questions: must ask each of");
    }

    @Test
    void malformed_json_is_refused_with_its_position() {
        assertThatThrownBy(() -> EuAiActRulesFile.parse("{\"schemaVersion\": 1,}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at line 1, column");
        assertThatThrownBy(() -> EuAiActRulesFile.parse("{\"schemaVersion\": 1, \"schemaVersion\": 1}"))
                .hasMessageContaining("Duplicate").hasMessageContaining("schemaVersion");
        assertThatThrownBy(() -> EuAiActRulesFile.parse("[]")).hasMessageContaining("EU AI Act rules file refused: $");
    }

    @Test
    void an_unknown_key_a_wrong_type_and_an_unknown_constant_are_refused_with_their_path() {
        assertThatThrownBy(() -> EuAiActRulesFile.parse(bundled().replace("\"reviewNote\"", "\"reviewNotes\"")))
                .hasMessageContaining("$.reviewNotes: is not a field");
        assertThatThrownBy(() -> EuAiActRulesFile.parse(bundled().replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"")))
                .hasMessageContaining("$.schemaVersion: has the wrong type");
        assertThatThrownBy(() -> EuAiActRulesFile.parse(bundled().replace("\"kind\": \"PRIMARY\"", "\"kind\": \"PRIMAL\"")))
                .hasMessageMatching("(?s).*\\$\\.sources\\.\\w+\\.kind: must be one of \\[PRIMARY, OFFICIAL, SECONDARY\\].*");
        assertThatThrownBy(() -> EuAiActRulesFile.parse(bundled().replace("\"tiers\": [\"PROHIBITED\"]", "\"tiers\": [\"BANNED\"]")))
                .hasMessageContaining("$.obligations[0].when.tiers[0]: must be one of");
    }

    @Test
    void the_bundled_file_read_again_equals_the_rules_in_force() throws Exception {
        assertThat(EuAiActRulesFile.parse(bundled())).isEqualTo(RULES);
        assertThat(RULES.sources()).isNotEmpty().allSatisfy((id, source) -> assertThat(source.id()).isEqualTo(id));
        assertThat(RULES.obligations()).anySatisfy(o -> assertThat(o.when().tiers()).isNotEmpty());
    }

    private static String bundled() {
        try (var in = EuAiActRulesFile.class.getResourceAsStream(EuAiActRulesFile.RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_scorer_given_a_newer_rules_file_screens_with_it_and_records_its_version() {
        var newer = EuAiActRulesFile.parse(bundled().replace("\"lastReviewed\": \"" + RULES.lastReviewed() + "\"",
                "\"lastReviewed\": \"2027-03-01\"").replace("\"appliesFrom\": \"2027-12-02\"", "\"appliesFrom\": \"2028-02-02\""));
        var result = new GreenlightScorer(ScoringModel.V1.withTrials(200), newer).score(SampleInputs.resumeScreener());

        assertThat(result.ethics().euAiAct().rulesReviewed()).isEqualTo("2027-03-01");
        assertThat(result.ethics().euAiAct().obligations()).filteredOn(o -> o.article().equals("Art. 9")).singleElement()
                .satisfies(o -> assertThat(o.appliesFrom()).isEqualTo("2028-02-02"));
        assertThat(result.conditions()).anySatisfy(c -> assertThat(c).endsWith("required from 2 February 2028"));
    }

    @Test
    void the_review_date_is_spoken_for_the_page_and_the_brief() {
        assertThat(RULES.reviewedOn()).isEqualTo(EuAiActScreening.spoken(RULES.lastReviewed()));
        assertThat(EuAiActScreening.spoken(LocalDate.of(2027, 12, 2))).isEqualTo("2 December 2027");
    }
}
