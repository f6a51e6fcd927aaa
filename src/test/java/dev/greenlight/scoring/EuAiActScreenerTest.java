package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The screening of PRODUCT.md §6.3 against the bundled rules file: each point, carve-out, condition and role. */
class EuAiActScreenerTest {

    static final EuAiActRules RULES = EuAiActRulesFile.bundled();

    /** A provider and deployer in scope, nothing else declared; each test changes what it is about. */
    static EuAiActAnswers answers(EuAiActRole role, Set<String> uses, Set<String> article63, Boolean profiles) {
        return new EuAiActAnswers(role, false, "NONE", Set.of(), false, uses, article63, profiles, "NONE", Set.of());
    }

    static EuAiActScreening screen(EuAiActAnswers answers) {
        return EuAiActScreener.screen(RULES, answers);
    }

    static List<String> articles(EuAiActScreening s) {
        return s.obligations().stream().map(EuAiActObligation::article).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"III_1_A", "III_1_B", "III_1_C", "III_2", "III_3_A", "III_3_B", "III_3_C", "III_3_D",
            "III_4_A", "III_4_B", "III_5_A", "III_5_B", "III_5_C", "III_5_D", "III_6_A", "III_6_B", "III_6_C", "III_6_D",
            "III_6_E", "III_7_A", "III_7_B", "III_7_C", "III_7_D", "III_8_A", "III_8_B"})
    void every_annex_iii_point_is_high_risk_from_2_december_2027(String point) {
        var s = screen(answers(EuAiActRole.PROVIDER_AND_DEPLOYER, Set.of(point), Set.of(), false));

        String letter = point.substring(4).replace("_", "(").toLowerCase();
        String expected = "Annex III, point " + (letter.contains("(") ? letter + ")" : letter);
        assertThat(s.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(s.articles()).contains(expected);
        assertThat(s.findings()).anyMatch(f -> f.endsWith("(" + expected + ")"));
        assertThat(articles(s)).contains("Art. 9", "Art. 10", "Art. 11", "Art. 12", "Art. 13", "Art. 14", "Art. 15",
                "Art. 16", "Art. 17", "Art. 43", "Art. 49(1)", "Art. 72", "Art. 26", "Art. 4");
        assertThat(s.obligations()).filteredOn(o -> o.article().equals("Art. 9")).singleElement()
                .satisfies(o -> assertThat(o.appliesFrom()).isEqualTo("2027-12-02"));
        assertThat(s.conditions()).anyMatch(c -> c.startsWith("Register and document as a high-risk system (Art. 6(2), "
                + expected + "): risk management system (Art. 9)") && c.endsWith("— required from 2 December 2027"));
    }

    @Test
    void fraud_detection_is_the_5b_carve_out_not_high_risk() {
        var s = screen(answers(EuAiActRole.PROVIDER_AND_DEPLOYER, Set.of("III_5_B_FRAUD_DETECTION"), Set.of(), true));

        assertThat(s.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(s.findings()).containsExactly("not high-risk: detecting financial fraud is excluded from Annex III 5(b)");
        assertThat(articles(s)).containsExactly("Art. 4");
        assertThat(s.summary()).isEqualTo(
                "minimal risk (not high-risk: detecting financial fraud is excluded from Annex III 5(b))");
    }

    @ParameterizedTest
    @ValueSource(strings = {"III_1_A_VERIFICATION_ONLY", "III_5_B_FRAUD_DETECTION", "III_7_D_TRAVEL_DOCUMENT_VERIFICATION",
            "III_8_B_CAMPAIGN_LOGISTICS"})
    void each_carve_out_is_not_high_risk_and_says_which_point_excludes_it(String carveOut) {
        var s = screen(answers(EuAiActRole.PROVIDER, Set.of(carveOut), Set.of(), true));

        String[] parts = carveOut.split("_");
        String point = parts[1] + "(" + parts[2].toLowerCase() + ")";
        assertThat(s.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(s.findings()).singleElement().asString().startsWith("not high-risk: ").endsWith("Annex III " + point);
        assertThat(articles(s)).doesNotContain("Art. 9", "Art. 26");
    }

    @Test
    void a_carve_out_beside_a_high_risk_use_does_not_lower_it() {
        var s = screen(answers(EuAiActRole.PROVIDER, Set.of("III_5_B_FRAUD_DETECTION", "III_5_B"), Set.of(), false));

        assertThat(s.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(s.findings()).contains("not high-risk: detecting financial fraud is excluded from Annex III 5(b)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NARROW_PROCEDURAL_TASK", "IMPROVES_COMPLETED_HUMAN_ACTIVITY",
            "DETECTS_PATTERNS_WITHOUT_REPLACING_REVIEW", "PREPARATORY_TASK"})
    void each_article_6_3_condition_exempts_a_system_that_does_not_profile(String condition) {
        var s = screen(answers(EuAiActRole.PROVIDER, Set.of("III_4_A"), Set.of(condition), false));

        assertThat(s.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(s.article6Documentation()).isTrue();
        assertThat(articles(s)).containsExactly("Art. 4", "Art. 6(4)", "Art. 49(2)");
        assertThat(s.obligations()).filteredOn(o -> o.article().startsWith("Art. 6") || o.article().startsWith("Art. 49"))
                .allSatisfy(o -> assertThat(o.appliesFrom()).isEqualTo("2027-12-02"))
                .allSatisfy(o -> assertThat(o.appliesTo()).isEqualTo("PROVIDER"));
        assertThat(s.conditions()).anyMatch(c -> c.contains("(Art. 6(4))") && c.contains("(Art. 49(2))"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NARROW_PROCEDURAL_TASK", "IMPROVES_COMPLETED_HUMAN_ACTIVITY",
            "DETECTS_PATTERNS_WITHOUT_REPLACING_REVIEW", "PREPARATORY_TASK"})
    void no_article_6_3_condition_exempts_a_system_that_profiles_people(String condition) {
        var s = screen(answers(EuAiActRole.PROVIDER, Set.of("III_4_A"), Set.of(condition), true));

        assertThat(s.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(s.article6Documentation()).isFalse();
        assertThat(s.findings()).anyMatch(f -> f.startsWith("no Art. 6(3) exemption: it profiles natural persons"));
        assertThat(articles(s)).doesNotContain("Art. 6(4)", "Art. 49(2)").contains("Art. 9");
    }

    @Test
    void an_article_6_3_claim_with_profiling_unanswered_counts_as_profiling_and_says_so() {
        var s = screen(answers(EuAiActRole.PROVIDER, Set.of("III_3_B"), Set.of("PREPARATORY_TASK"), null));

        assertThat(s.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(s.unanswered()).containsExactly("ethics.euAiAct.profilesPeople");
    }

    @Test
    void a_deployer_exempted_under_6_3_has_no_documentation_duty_of_its_own() {
        var s = screen(answers(EuAiActRole.DEPLOYER, Set.of("III_4_A"), Set.of("NARROW_PROCEDURAL_TASK"), false));

        assertThat(s.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(articles(s)).containsExactly("Art. 4");
    }

    @Test
    void a_provider_of_a_high_risk_system_has_the_provider_duties_only() {
        var s = screen(answers(EuAiActRole.PROVIDER, Set.of("III_4_A"), Set.of(), true));

        assertThat(s.obligations()).extracting(EuAiActObligation::appliesTo).containsOnly("PROVIDER", "ANY");
        assertThat(articles(s)).contains("Art. 9", "Art. 49(1)").doesNotContain("Art. 26", "Art. 27");
    }

    @Test
    void a_deployer_of_a_high_risk_system_has_the_deployer_duties_only() {
        var s = screen(answers(EuAiActRole.DEPLOYER, Set.of("III_4_A"), Set.of(), true));

        assertThat(articles(s)).containsExactly("Art. 4", "Art. 26", "Art. 27");
        assertThat(s.obligations()).filteredOn(o -> o.article().equals("Art. 27")).singleElement()
                .satisfies(o -> assertThat(o.title()).startsWith("If you are a body governed by public law"));
        assertThat(s.conditions()).anyMatch(c -> c.startsWith("As deployer of a high-risk system (Art. 6(2), Annex III, point 4(a))"));
    }

    @Test
    void provider_and_deployer_carry_both_sets_of_duties() {
        var s = screen(answers(EuAiActRole.PROVIDER_AND_DEPLOYER, Set.of("III_4_A"), Set.of(), true));

        assertThat(articles(s)).contains("Art. 9", "Art. 26");
    }

    @Test
    void a_deployer_turned_provider_under_article_25_takes_on_the_provider_duties() {
        var base = answers(EuAiActRole.DEPLOYER, Set.of("III_4_B"), Set.of(), true);
        var s = screen(new EuAiActAnswers(base.role(), true, "NONE", Set.of(), false, base.annexThreeUses(), Set.of(), true,
                "NONE", Set.of()));

        assertThat(articles(s)).contains("Art. 9", "Art. 16", "Art. 26");
        assertThat(s.findings()).anyMatch(f -> f.startsWith("provider under Art. 25(1)"));
    }

    @Test
    void article_25_does_not_turn_a_deployer_of_a_system_that_is_not_high_risk_into_a_provider() {
        var s = screen(new EuAiActAnswers(EuAiActRole.DEPLOYER, true, "NONE", Set.of(), false, Set.of(), Set.of(), false,
                "NONE", Set.of()));

        assertThat(s.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(articles(s)).containsExactly("Art. 4");
        assertThat(s.findings()).anyMatch(f -> f.startsWith("Art. 25(1) does not apply"));
    }

    @Test
    void a_missing_role_counts_as_provider_and_deployer_and_is_unanswered() {
        var s = screen(answers(null, Set.of("III_4_A"), Set.of(), true));

        assertThat(s.role()).isEqualTo(EuAiActRole.PROVIDER_AND_DEPLOYER);
        assertThat(s.unanswered()).containsExactly("ethics.euAiAct.role");
        assertThat(articles(s)).contains("Art. 9", "Art. 26");
    }

    @Test
    void article_27_binds_every_deployer_of_credit_scoring_or_life_and_health_insurance_pricing() {
        for (String use : List.of("III_5_B", "III_5_C")) {
            var s = screen(answers(EuAiActRole.DEPLOYER, Set.of(use), Set.of(), true));
            assertThat(s.obligations()).filteredOn(o -> o.article().equals("Art. 27")).singleElement()
                    .satisfies(o -> assertThat(o.title()).startsWith("Fundamental rights impact assessment"));
        }
    }

    @Test
    void article_27_spares_critical_infrastructure() {
        var s = screen(answers(EuAiActRole.DEPLOYER, Set.of("III_2"), Set.of(), false));

        assertThat(articles(s)).doesNotContain("Art. 27");
    }

    @Test
    void nothing_declared_is_minimal_risk_with_ai_literacy_since_february_2025() {
        var s = screen(answers(EuAiActRole.PROVIDER, Set.of(), Set.of(), false));

        assertThat(s.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(s.obligations()).singleElement().satisfies(o -> {
            assertThat(o.article()).isEqualTo("Art. 4");
            assertThat(o.appliesFrom()).isEqualTo("2025-02-02");
            assertThat(o.sourceKind()).isEqualTo("PRIMARY");
        });
        assertThat(s.rulesReviewed()).isEqualTo(RULES.lastReviewed().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MILITARY_DEFENCE_SECURITY", "SCIENTIFIC_RESEARCH_ONLY", "PRE_MARKET_RESEARCH_AND_TESTING"})
    void each_scope_exclusion_is_out_of_scope_with_no_duty_even_for_a_banned_high_risk_use(String exclusion) {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER, false, exclusion, Set.of("SOCIAL_SCORING"), true,
                Set.of("III_4_A"), Set.of(), true, "PROVIDES_GPAI_MODEL", Set.of("INTERACTS_WITH_PEOPLE")));

        assertThat(s.tier()).isEqualTo(EuAiActTier.OUT_OF_SCOPE);
        assertThat(s.obligations()).isEmpty();
        assertThat(s.conditions()).isEmpty();
        assertThat(s.articles()).singleElement().asString().startsWith("Art. 2(");
        assertThat(s.findings()).singleElement().asString().startsWith("out of scope");
    }

    @Test
    void pre_market_testing_warns_that_real_world_testing_is_not_excluded() {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER, false, "PRE_MARKET_RESEARCH_AND_TESTING", Set.of(), false,
                Set.of(), Set.of(), false, "NONE", Set.of()));

        assertThat(s.findings().get(0)).contains("testing in real-world conditions is not");
    }

    @Test
    void social_scoring_is_prohibited_since_2_february_2025_and_makes_no_conditions() {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER_AND_DEPLOYER, false, "NONE", Set.of("SOCIAL_SCORING"), false,
                Set.of("III_5_A"), Set.of(), true, "NONE", Set.of()));

        assertThat(s.tier()).isEqualTo(EuAiActTier.PROHIBITED);
        assertThat(s.articles()).containsExactly("Art. 5(1)(c)");
        assertThat(s.obligations()).singleElement().satisfies(o -> {
            assertThat(o.article()).isEqualTo("Art. 5");
            assertThat(o.appliesFrom()).isEqualTo("2025-02-02");
        });
        assertThat(s.conditions()).isEmpty();
    }

    @Test
    void the_omnibus_ban_applies_from_2_december_2026_and_says_its_source_is_only_reported() {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER, false, "NONE", Set.of("NON_CONSENSUAL_INTIMATE_OR_CSAM"),
                false, Set.of(), Set.of(), false, "NONE", Set.of()));

        assertThat(s.obligations()).singleElement().satisfies(o -> {
            assertThat(o.appliesFrom()).isEqualTo("2026-12-02");
            assertThat(o.sourceKind()).isEqualTo("OFFICIAL");
            assertThat(o.note()).contains("secondary sources only");
        });
    }

    @Test
    void annex_i_is_high_risk_from_2_august_2028_unless_an_annex_iii_use_comes_first() {
        var annexOne = new EuAiActAnswers(EuAiActRole.PROVIDER, false, "NONE", Set.of(), true, Set.of(), Set.of(), false,
                "NONE", Set.of());
        var s = screen(annexOne);
        assertThat(s.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(s.obligations()).filteredOn(o -> o.article().equals("Art. 9")).singleElement()
                .satisfies(o -> assertThat(o.appliesFrom()).isEqualTo("2028-08-02"));
        assertThat(articles(s)).doesNotContain("Art. 49(1)");

        var both = screen(new EuAiActAnswers(EuAiActRole.PROVIDER, false, "NONE", Set.of(), true, Set.of("III_5_D"),
                Set.of("PREPARATORY_TASK"), false, "NONE", Set.of()));
        assertThat(both.tier()).as("Art. 6(3) exempts Annex III, never Annex I").isEqualTo(EuAiActTier.HIGH_RISK);
    }

    @ParameterizedTest
    @EnumSource(value = EuAiActRole.class)
    void no_general_purpose_ai_adds_nothing(EuAiActRole role) {
        var s = screen(answers(role, Set.of(), Set.of(), false));
        assertThat(articles(s)).containsExactly("Art. 4");
    }

    @Test
    void integrating_a_gpai_model_gives_the_downstream_provider_a_right_to_annex_xii_information_since_august_2025() {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER, false, "NONE", Set.of(), false, Set.of(), Set.of(), false,
                "INTEGRATES_GPAI_MODEL", Set.of()));

        assertThat(s.tier()).as("GPAI adds duties, never a tier").isEqualTo(EuAiActTier.MINIMAL);
        assertThat(s.obligations()).filteredOn(o -> o.article().startsWith("Art. 53")).singleElement().satisfies(o -> {
            assertThat(o.article()).isEqualTo("Art. 53(1)(b), Annex XII");
            assertThat(o.appliesFrom()).isEqualTo("2025-08-02");
            assertThat(o.note()).contains("right");
        });
    }

    @Test
    void a_deployer_integrating_a_gpai_model_is_told_to_check_its_role() {
        var s = screen(new EuAiActAnswers(EuAiActRole.DEPLOYER, false, "NONE", Set.of(), false, Set.of(), Set.of(), false,
                "INTEGRATES_GPAI_MODEL", Set.of()));

        assertThat(s.findings()).anyMatch(f -> f.startsWith("check your role"));
        assertThat(articles(s)).containsExactly("Art. 4");
    }

    @Test
    void providing_a_gpai_model_brings_article_53() {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER, false, "NONE", Set.of(), false, Set.of(), Set.of(), false,
                "PROVIDES_GPAI_MODEL", Set.of()));

        assertThat(articles(s)).containsExactly("Art. 4", "Art. 53");
    }

    @Test
    void providing_a_gpai_model_with_systemic_risk_brings_articles_53_and_55() {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER, false, "NONE", Set.of(), false, Set.of(), Set.of(), false,
                "PROVIDES_GPAI_MODEL_WITH_SYSTEMIC_RISK", Set.of()));

        assertThat(articles(s)).containsExactly("Art. 4", "Art. 53", "Art. 55");
        assertThat(s.tier()).isEqualTo(EuAiActTier.MINIMAL);
    }

    @Test
    void article_50_alone_is_limited_risk_with_dated_duties_per_role() {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER_AND_DEPLOYER, false, "NONE", Set.of(), false, Set.of(),
                Set.of(), false, "NONE", Set.of("INTERACTS_WITH_PEOPLE", "SYNTHETIC_CONTENT", "EMOTION_RECOGNITION", "DEEP_FAKES")));

        assertThat(s.tier()).isEqualTo(EuAiActTier.LIMITED);
        assertThat(s.obligations()).filteredOn(o -> o.article().startsWith("Art. 50"))
                .extracting(EuAiActObligation::article, EuAiActObligation::appliesTo, EuAiActObligation::appliesFrom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Art. 50(1)", "PROVIDER", "2026-08-02"),
                        org.assertj.core.groups.Tuple.tuple("Art. 50(2)", "PROVIDER", "2026-08-02"),
                        org.assertj.core.groups.Tuple.tuple("Art. 50(3)", "DEPLOYER", "2026-08-02"),
                        org.assertj.core.groups.Tuple.tuple("Art. 50(4)", "DEPLOYER", "2026-08-02"));
        assertThat(s.obligations()).filteredOn(o -> o.article().equals("Art. 50(2)")).singleElement()
                .satisfies(o -> assertThat(o.note()).contains("Sources disagree").contains("2 February 2027")
                        .contains("2 December 2026"));
    }

    @Test
    void article_50_stacks_on_a_high_risk_system_without_lowering_it() {
        var s = screen(new EuAiActAnswers(EuAiActRole.PROVIDER, false, "NONE", Set.of(), false, Set.of("III_4_A"),
                Set.of(), true, "NONE", Set.of("INTERACTS_WITH_PEOPLE")));

        assertThat(s.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(articles(s)).contains("Art. 9", "Art. 50(1)");
        assertThat(s.conditions()).anyMatch(c -> c.startsWith("Meet the transparency duty") && c.endsWith("2 August 2026"));
    }

    @Test
    void a_deployer_has_no_article_50_1_duty_of_its_own() {
        var s = screen(new EuAiActAnswers(EuAiActRole.DEPLOYER, false, "NONE", Set.of(), false, Set.of(), Set.of(), false,
                "NONE", Set.of("INTERACTS_WITH_PEOPLE")));

        assertThat(s.tier()).isEqualTo(EuAiActTier.LIMITED);
        assertThat(articles(s)).containsExactly("Art. 4");
    }

    @Test
    void a_legacy_area_is_high_risk_until_the_specific_use_is_named() {
        var s = screen(answers(null, Set.of("III_5_UNSPECIFIED"), Set.of(), true));

        assertThat(s.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(s.findings()).anyMatch(f -> f.contains("name the specific Annex III use (some uses in this area are excluded)"));
    }

    @Test
    void an_unknown_code_is_refused_naming_its_field() {
        assertThatThrownBy(() -> screen(answers(EuAiActRole.PROVIDER, Set.of("III_9"), Set.of(), false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ethics.euAiAct.annexThreeUses")
                .hasMessageContaining("III_9");
    }
}
