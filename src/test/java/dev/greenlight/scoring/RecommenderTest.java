package dev.greenlight.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.greenlight.scoring.Recommendation.GO;
import static dev.greenlight.scoring.Recommendation.GO_WITH_CONDITIONS;
import static dev.greenlight.scoring.Recommendation.NO_GO;
import static dev.greenlight.scoring.Recommendation.REVISE;
import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTest {

    private static final ScoringModel V1 = ScoringModel.V1;

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"100, GO", "70, GO", "69.999, GO_WITH_CONDITIONS", "50, GO_WITH_CONDITIONS", "49.999, REVISE",
            "35, REVISE", "34.999, NO_GO", "0, NO_GO"})
    void thresholds_decide_when_nothing_caps(double score, Recommendation expected) {
        var decision = Recommender.decide(score, ethics(EthicsLevel.I, EuAiActTier.MINIMAL), Set.of(), V1);

        assertThat(decision.recommendation()).isEqualTo(expected);
        assertThat(decision.byScore()).isEqualTo(expected);
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void a_prohibited_practice_is_no_go_whatever_the_score() {
        var decision = Recommender.decide(100, ethics(EthicsLevel.I, EuAiActTier.PROHIBITED),
                EnumSet.allOf(Mitigation.class), V1);

        assertThat(decision.byScore()).isEqualTo(GO);
        assertThat(decision.recommendation()).isEqualTo(NO_GO);
        assertThat(decision.reasons()).singleElement().asString().contains("prohibits");
    }

    @Test
    void high_risk_caps_go_at_go_with_conditions() {
        var decision = Recommender.decide(90, ethics(EthicsLevel.I, EuAiActTier.HIGH_RISK), Set.of(), V1);

        assertThat(decision.recommendation()).isEqualTo(GO_WITH_CONDITIONS);
        assertThat(decision.reasons()).singleElement().asString().contains("high-risk");
    }

    @Test
    void level_three_caps_go_at_go_with_conditions() {
        var decision = Recommender.decide(90, ethics(EthicsLevel.III, EuAiActTier.MINIMAL), Set.of(), V1);

        assertThat(decision.recommendation()).isEqualTo(GO_WITH_CONDITIONS);
        assertThat(decision.reasons()).singleElement().asString().contains("level III");
    }

    @Test
    void out_of_scope_caps_nothing_like_minimal_risk() {
        assertThat(Recommender.decide(90, ethics(EthicsLevel.II, EuAiActTier.OUT_OF_SCOPE), Set.of(), V1)
                .recommendation()).isEqualTo(GO);
        assertThat(Recommender.decide(90, ethics(EthicsLevel.III, EuAiActTier.OUT_OF_SCOPE), Set.of(), V1)
                .recommendation()).as("the ethics level still caps").isEqualTo(GO_WITH_CONDITIONS);
    }

    @Test
    void level_two_does_not_cap() {
        assertThat(Recommender.decide(90, ethics(EthicsLevel.II, EuAiActTier.LIMITED), Set.of(), V1)
                .recommendation()).isEqualTo(GO);
    }

    @Test
    void level_four_with_independent_review_and_human_oversight_caps_at_go_with_conditions() {
        var decision = Recommender.decide(90, ethics(EthicsLevel.IV, EuAiActTier.MINIMAL),
                EnumSet.of(Mitigation.INDEPENDENT_REVIEW, Mitigation.HUMAN_OVERSIGHT), V1);

        assertThat(decision.recommendation()).isEqualTo(GO_WITH_CONDITIONS);
    }

    @ParameterizedTest(name = "level IV with {0} only caps {1} at revise")
    @CsvSource({"INDEPENDENT_REVIEW, 90", "HUMAN_OVERSIGHT, 90", "BIAS_TESTING, 60"})
    void level_four_without_both_key_controls_caps_at_revise(Mitigation only, double score) {
        var decision = Recommender.decide(score, ethics(EthicsLevel.IV, EuAiActTier.MINIMAL), EnumSet.of(only), V1);

        assertThat(decision.recommendation()).isEqualTo(REVISE);
        assertThat(decision.reasons()).last().asString().contains("capped at revise");
    }

    @Test
    void caps_never_raise_a_recommendation() {
        assertThat(Recommender.decide(20, ethics(EthicsLevel.IV, EuAiActTier.HIGH_RISK), Set.of(), V1)
                .recommendation()).isEqualTo(NO_GO);
        assertThat(Recommender.decide(40, ethics(EthicsLevel.IV, EuAiActTier.HIGH_RISK), Set.of(), V1)
                .recommendation()).isEqualTo(REVISE);
    }

    @Test
    void capped_at_is_a_ceiling() {
        assertThat(GO.cappedAt(REVISE)).isEqualTo(REVISE);
        assertThat(NO_GO.cappedAt(REVISE)).isEqualTo(NO_GO);
        assertThat(GO_WITH_CONDITIONS.cappedAt(GO)).isEqualTo(GO_WITH_CONDITIONS);
    }

    private static EthicsResult ethics(EthicsLevel level, EuAiActTier tier) {
        return new EthicsResult(0, 0, 0, level, tier, List.of(), List.of(), List.of(), List.of(), false, null);
    }
}
