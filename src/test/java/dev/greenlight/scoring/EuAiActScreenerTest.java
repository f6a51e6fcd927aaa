package dev.greenlight.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EuAiActScreenerTest {

    @ParameterizedTest
    @EnumSource(ProhibitedPractice.class)
    void every_article_5_practice_is_prohibited_even_in_a_high_risk_area(ProhibitedPractice practice) {
        var screening = EuAiActScreener.screen(input(Set.of(practice), Set.of(HighRiskArea.EMPLOYMENT), false,
                false, true, Set.of(TransparencyObligation.INTERACTS_WITH_PEOPLE)));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.PROHIBITED);
        assertThat(screening.articles()).containsExactly(practice.article());
    }

    @Test
    void article_5_letters_follow_the_regulation() {
        assertThat(ProhibitedPractice.SUBLIMINAL_MANIPULATION.article()).isEqualTo("Art. 5(1)(a)");
        assertThat(ProhibitedPractice.EXPLOITING_VULNERABILITIES.article()).isEqualTo("Art. 5(1)(b)");
        assertThat(ProhibitedPractice.SOCIAL_SCORING.article()).isEqualTo("Art. 5(1)(c)");
        assertThat(ProhibitedPractice.CRIME_PREDICTION_BY_PROFILING.article()).isEqualTo("Art. 5(1)(d)");
        assertThat(ProhibitedPractice.UNTARGETED_FACE_SCRAPING.article()).isEqualTo("Art. 5(1)(e)");
        assertThat(ProhibitedPractice.EMOTION_RECOGNITION_WORK_SCHOOL.article()).isEqualTo("Art. 5(1)(f)");
        assertThat(ProhibitedPractice.BIOMETRIC_CATEGORISATION_SENSITIVE.article()).isEqualTo("Art. 5(1)(g)");
        assertThat(ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT.article())
                .isEqualTo("Art. 5(1)(h)");
    }

    @Test
    void several_practices_are_all_cited() {
        var screening = EuAiActScreener.screen(input(
                EnumSet.of(ProhibitedPractice.SOCIAL_SCORING, ProhibitedPractice.SUBLIMINAL_MANIPULATION), Set.of(),
                false, false, false, Set.of()));

        assertThat(screening.articles()).containsExactly("Art. 5(1)(a)", "Art. 5(1)(c)");
    }

    @ParameterizedTest
    @EnumSource(HighRiskArea.class)
    void every_annex_iii_area_is_high_risk(HighRiskArea area) {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(area), false, false, false, Set.of()));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(screening.articles()).containsExactly("Art. 6(2)", "Annex III " + (area.ordinal() + 1));
        assertThat(area.article()).isEqualTo("Annex III " + (area.ordinal() + 1));
        assertThat(screening.article6Documentation()).isFalse();
    }

    @Test
    void essential_services_name_credit_scoring_and_insurance_pricing() {
        assertThat(HighRiskArea.ESSENTIAL_SERVICES.label()).contains("credit scoring").contains("insurance pricing");
    }

    @Test
    void an_annex_i_safety_component_is_high_risk() {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(), true, false, false, Set.of()));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(screening.articles()).containsExactly("Art. 6(1)", "Annex I");
    }

    @Test
    void the_article_6_3_exemption_never_applies_to_an_annex_i_safety_component() {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(), true, true, false, Set.of()));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(screening.article6Documentation()).isFalse();
    }

    @Test
    void a_narrow_procedural_task_that_profiles_nobody_is_not_high_risk_but_must_be_documented() {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(HighRiskArea.EDUCATION), false, true, false,
                Set.of()));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(screening.article6Documentation()).isTrue();
        assertThat(screening.articles()).containsExactly("Art. 6(3)", "Art. 6(4)");
    }

    @Test
    void the_exemption_falls_through_to_transparency_duties() {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(HighRiskArea.EDUCATION), false, true, false,
                Set.of(TransparencyObligation.SYNTHETIC_CONTENT)));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.LIMITED);
        assertThat(screening.article6Documentation()).isTrue();
        assertThat(screening.articles()).containsExactly("Art. 6(3)", "Art. 6(4)", "Art. 50(2)");
    }

    @Test
    void a_narrow_procedural_task_that_profiles_people_stays_high_risk() {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(HighRiskArea.EMPLOYMENT), false, true, true,
                Set.of()));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(screening.article6Documentation()).isFalse();
        assertThat(screening.articles()).containsExactly("Art. 6(2)", "Annex III 4");
    }

    @Test
    void a_narrow_procedural_task_outside_annex_iii_needs_no_documentation() {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(), false, true, false, Set.of()));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(screening.article6Documentation()).isFalse();
        assertThat(screening.articles()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TransparencyObligation.class)
    void every_article_50_duty_makes_the_system_limited_risk(TransparencyObligation duty) {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(), false, false, false, Set.of(duty)));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.LIMITED);
        assertThat(screening.articles()).containsExactly("Art. 50(" + (duty.ordinal() + 1) + ")");
    }

    @Test
    void a_high_risk_system_with_transparency_duties_stays_high_risk_and_cites_both() {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(HighRiskArea.BIOMETRICS), true, false, true,
                EnumSet.of(TransparencyObligation.EMOTION_RECOGNITION, TransparencyObligation.DEEP_FAKES)));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.HIGH_RISK);
        assertThat(screening.articles()).containsExactly("Art. 6(1)", "Annex I", "Art. 6(2)", "Annex III 1",
                "Art. 50(3)", "Art. 50(4)");
    }

    @Test
    void nothing_declared_is_minimal_risk() {
        var screening = EuAiActScreener.screen(input(Set.of(), Set.of(), false, false, true, Set.of()));

        assertThat(screening.tier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(screening.articles()).isEmpty();
    }

    @Test
    void the_assessor_reports_the_screening() {
        var result = new EthicsAssessor().assess(input(Set.of(), Set.of(HighRiskArea.EDUCATION), false, true, false,
                Set.of()));

        assertThat(result.euAiActTier()).isEqualTo(EuAiActTier.MINIMAL);
        assertThat(result.article6Documentation()).isTrue();
        assertThat(result.articles()).containsExactly("Art. 6(3)", "Art. 6(4)");
    }

    private static EthicsInput input(Set<ProhibitedPractice> practices, Set<HighRiskArea> areas, boolean annexOne,
                                     boolean narrow, boolean profiles, Set<TransparencyObligation> duties) {
        return new EthicsInput(SampleInputs.answers(), practices, areas, annexOne, narrow, profiles, duties, Set.of());
    }
}
