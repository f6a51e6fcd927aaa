package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EthicsAssessorTest {

    private final EthicsAssessor assessor = new EthicsAssessor(EuAiActRulesFile.bundled());

    @Test
    void risk_questions_carry_the_points_of_the_product_specification() {
        assertThat(RiskQuestion.AFFECTED_PEOPLE.options()).containsExactly(
                Map.entry("INTERNAL_STAFF", 1), Map.entry("BUSINESS_CUSTOMERS", 1), Map.entry("CONSUMERS", 2),
                Map.entry("GENERAL_PUBLIC", 3), Map.entry("VULNERABLE_GROUPS", 4));
        assertThat(RiskQuestion.DECISION_ROLE.options()).containsExactly(
                Map.entry("INFORMS_HUMAN", 0), Map.entry("RECOMMENDS_TO_HUMAN", 1),
                Map.entry("AUTOMATED_WITH_HUMAN_REVIEW", 3), Map.entry("FULLY_AUTOMATED", 4));
        assertThat(RiskQuestion.IMPACT_SEVERITY.options()).containsExactly(Map.entry("NEGLIGIBLE", 0),
                Map.entry("MODERATE", 1), Map.entry("SIGNIFICANT", 3), Map.entry("SEVERE", 4));
        assertThat(RiskQuestion.REVERSIBILITY.options()).containsExactly(Map.entry("EASILY_REVERSIBLE", 0),
                Map.entry("REVERSIBLE_WITH_EFFORT", 2), Map.entry("HARD_TO_REVERSE", 3), Map.entry("IRREVERSIBLE", 4));
        assertThat(RiskQuestion.PEOPLE_AFFECTED_PER_YEAR.options()).containsExactly(Map.entry("UNDER_1K", 0),
                Map.entry("UNDER_100K", 1), Map.entry("UNDER_10M", 2), Map.entry("OVER_10M", 3));
        assertThat(RiskQuestion.PERSONAL_DATA.options()).containsExactly(Map.entry("NONE", 0),
                Map.entry("PERSONAL", 2), Map.entry("SENSITIVE", 4));
        assertThat(RiskQuestion.PROTECTED_ATTRIBUTES.options()).containsExactly(Map.entry("NOT_USED", 0),
                Map.entry("POSSIBLE_PROXIES", 2), Map.entry("USED_DIRECTLY", 4));
        assertThat(RiskQuestion.EXPLAINABILITY.options()).containsExactly(Map.entry("INTERPRETABLE", 0),
                Map.entry("EXPLAINED", 1), Map.entry("OPAQUE", 3));
        assertThat(RiskQuestion.DATA_REPRESENTATIVENESS.options()).containsExactly(Map.entry("VERIFIED", 0),
                Map.entry("UNKNOWN", 2), Map.entry("KNOWN_GAPS", 3));
        assertThat(Arrays.stream(RiskQuestion.values()).mapToInt(RiskQuestion::maxPoints).sum())
                .isEqualTo(RiskQuestion.MAX_RAW_RISK).isEqualTo(33);
        assertThat(RiskQuestion.byKey("peopleAffectedPerYear")).contains(RiskQuestion.PEOPLE_AFFECTED_PER_YEAR);
        assertThat(RiskQuestion.byKey("nonsense")).isEmpty();
    }

    @Test
    void mitigation_credits_match_the_product_specification() {
        var credits = new LinkedHashMap<Mitigation, Integer>();
        for (Mitigation m : Mitigation.values()) {
            credits.put(m, m.credit());
        }
        assertThat(credits).containsExactly(Map.entry(Mitigation.BIAS_TESTING, 3),
                Map.entry(Mitigation.HUMAN_OVERSIGHT, 3), Map.entry(Mitigation.APPEAL_PROCESS, 2),
                Map.entry(Mitigation.PRODUCTION_MONITORING, 2), Map.entry(Mitigation.PRIVACY_REVIEW, 2),
                Map.entry(Mitigation.INDEPENDENT_REVIEW, 2), Map.entry(Mitigation.DOCUMENTATION, 1),
                Map.entry(Mitigation.SECURITY_TESTING, 1), Map.entry(Mitigation.STAGED_ROLLOUT, 1),
                Map.entry(Mitigation.KILL_SWITCH, 1));
        assertThat(credits.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(Mitigation.MAX_CREDIT);
    }

    @Test
    void unanswered_questions_count_at_their_maximum_and_are_listed() {
        var answers = new EnumMap<RiskQuestion, String>(RiskQuestion.class);
        answers.put(RiskQuestion.AFFECTED_PEOPLE, "INTERNAL_STAFF");
        answers.put(RiskQuestion.PERSONAL_DATA, "  ");

        var result = assessor.assess(ethics(answers, Set.of()));

        assertThat(result.rawRisk()).isEqualTo(1 + (33 - 4));
        assertThat(result.unanswered()).containsExactly("decisionRole", "impactSeverity", "reversibility",
                "peopleAffectedPerYear", "personalData", "protectedAttributes", "explainability",
                "dataRepresentativeness");
        assertThat(result.level()).isEqualTo(EthicsLevel.IV);
    }

    @Test
    void an_answer_that_is_not_an_option_names_the_question() {
        var answers = new EnumMap<RiskQuestion, String>(RiskQuestion.class);
        answers.put(RiskQuestion.DECISION_ROLE, "SOMETIMES");

        assertThatThrownBy(() -> assessor.assess(ethics(answers, Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ethics.answers.decisionRole")
                .hasMessageContaining("SOMETIMES");
    }

    @Test
    void residual_risk_takes_graded_credit_of_up_to_forty_percent() {
        var result = assessor.assess(ethics(answersWithRaw(20), EnumSet.allOf(Mitigation.class)));

        assertThat(result.rawRisk()).isEqualTo(20);
        assertThat(result.mitigationCredit()).isEqualTo(18);
        assertThat(result.residualRisk()).isCloseTo(12.0, within(1e-12));
        assertThat(EthicsAssessor.residualRisk(20, 9)).isCloseTo(16.0, within(1e-12));
    }

    @ParameterizedTest(name = "risk share {0} is level {1}")
    @CsvSource({"0, I", "0.25, I", "0.2500000000000001, II", "0.5, II", "0.5000000000000001, III", "0.75, III",
            "0.7500000000000001, IV", "1, IV"})
    void level_boundaries_belong_to_the_lower_level(double share, EthicsLevel level) {
        assertThat(EthicsLevel.forRiskShare(share)).isEqualTo(level);
    }

    @ParameterizedTest(name = "residual {0} of 33 is level {1}")
    @CsvSource({"8.25, I", "8.250000000000002, II", "16.5, II", "16.500000000000004, III", "24.75, III",
            "24.750000000000004, IV"})
    void residual_exactly_at_a_quarter_half_or_three_quarters_of_33_stays_in_the_lower_level(double residual,
                                                                                             EthicsLevel level) {
        assertThat(EthicsAssessor.levelFor(residual)).isEqualTo(level);
    }

    @ParameterizedTest(name = "raw risk {0} without mitigations is level {1}")
    @CsvSource({"1, I", "8, I", "9, II", "16, II", "17, III", "24, III", "25, IV", "33, IV"})
    void answers_either_side_of_each_boundary_land_in_the_right_level(int raw, EthicsLevel level) {
        var result = assessor.assess(ethics(answersWithRaw(raw), Set.of()));

        assertThat(result.rawRisk()).isEqualTo(raw);
        assertThat(result.level()).isEqualTo(level);
    }

    @Test
    void enough_mitigation_credit_crosses_a_boundary() {
        assertThat(assessor.assess(ethics(answersWithRaw(9), EnumSet.of(Mitigation.BIAS_TESTING))).level())
                .isEqualTo(EthicsLevel.II);
        assertThat(assessor.assess(ethics(answersWithRaw(9),
                EnumSet.of(Mitigation.BIAS_TESTING, Mitigation.DOCUMENTATION))).level()).isEqualTo(EthicsLevel.I);
    }

    @Test
    void each_level_requires_the_controls_of_the_levels_below_and_its_own() {
        assertThat(assessor.assess(ethics(answersWithRaw(5), Set.of())).requiredControls()).isEmpty();
        assertThat(assessor.assess(ethics(answersWithRaw(12), Set.of())).requiredControls())
                .containsExactlyInAnyOrder("DOCUMENTATION", "PRODUCTION_MONITORING");
        assertThat(assessor.assess(ethics(answersWithRaw(20), Set.of())).requiredControls())
                .containsExactlyInAnyOrder("DOCUMENTATION", "PRODUCTION_MONITORING", "HUMAN_OVERSIGHT",
                        "BIAS_TESTING", "APPEAL_PROCESS");
        assertThat(assessor.assess(ethics(answersWithRaw(30), Set.of())).requiredControls())
                .containsExactlyInAnyOrder("DOCUMENTATION", "PRODUCTION_MONITORING", "HUMAN_OVERSIGHT",
                        "BIAS_TESTING", "APPEAL_PROCESS", "INDEPENDENT_REVIEW");
        assertThat(EthicsAssessor.missingControls(EthicsLevel.III, EnumSet.of(Mitigation.BIAS_TESTING)))
                .containsExactly(Mitigation.HUMAN_OVERSIGHT, Mitigation.APPEAL_PROCESS,
                        Mitigation.PRODUCTION_MONITORING, Mitigation.DOCUMENTATION);
    }

    @Test
    void the_way_down_prefers_fewest_mitigations_then_most_credit() {
        // raw 9 needs 4 credits to reach level I: two mitigations are needed, the two worth 3 win
        assertThat(assessor.assess(ethics(answersWithRaw(9), Set.of())).toLowerLevel())
                .containsExactly("BIAS_TESTING", "HUMAN_OVERSIGHT");
    }

    @Test
    void the_way_down_breaks_ties_by_mitigation_order() {
        // raw 20 with 6 credits is level III; 8 credits reach II, and four missing mitigations are worth 2
        var result = assessor.assess(ethics(answersWithRaw(20),
                EnumSet.of(Mitigation.BIAS_TESTING, Mitigation.HUMAN_OVERSIGHT)));

        assertThat(result.level()).isEqualTo(EthicsLevel.III);
        assertThat(result.toLowerLevel()).containsExactly("APPEAL_PROCESS");
    }

    @Test
    void there_is_no_way_down_when_all_missing_credit_is_not_enough_or_at_level_one() {
        // raw 14 is level II; even 18 credits leave 14 × 0.6 = 8.4 > 8.25
        assertThat(assessor.assess(ethics(answersWithRaw(14), Set.of())).toLowerLevel()).isEmpty();
        assertThat(assessor.assess(ethics(answersWithRaw(3), Set.of())).toLowerLevel()).isEmpty();
    }

    @Test
    void a_missing_ethics_section_is_the_worst_case() {
        var result = assessor.assess(null);

        assertThat(result.rawRisk()).isEqualTo(33);
        assertThat(result.unanswered()).hasSize(9);
        assertThat(result.level()).isEqualTo(EthicsLevel.IV);
        assertThat(result.euAiActTier()).isEqualTo(EuAiActTier.MINIMAL);
    }

    static EthicsInput ethics(Map<RiskQuestion, String> answers, Set<Mitigation> mitigations) {
        return new EthicsInput(answers, null, mitigations);
    }

    /** Some complete set of answers whose points add up to exactly {@code raw}. */
    static Map<RiskQuestion, String> answersWithRaw(int raw) {
        var answers = new EnumMap<RiskQuestion, String>(RiskQuestion.class);
        if (!fill(0, raw, answers)) {
            throw new IllegalArgumentException("no answers add up to " + raw);
        }
        return answers;
    }

    private static boolean fill(int index, int remaining, EnumMap<RiskQuestion, String> answers) {
        if (index == RiskQuestion.values().length) {
            return remaining == 0;
        }
        RiskQuestion question = RiskQuestion.values()[index];
        for (var option : question.options().entrySet()) {
            if (option.getValue() <= remaining) {
                answers.put(question, option.getKey());
                if (fill(index + 1, remaining - option.getValue(), answers)) {
                    return true;
                }
            }
        }
        answers.remove(question);
        return false;
    }
}
