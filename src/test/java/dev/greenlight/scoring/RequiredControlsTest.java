package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredControlsTest {

    private static EthicsResult requiring(String... controls) {
        return new EthicsResult(20, 0, 20, EthicsLevel.III, EuAiActTier.MINIMAL, List.of(), List.of(),
                List.of(controls), List.of(), false, null);
    }

    @Test
    void each_required_control_is_marked_in_place_or_not_in_the_order_scored() {
        var ethics = requiring("HUMAN_OVERSIGHT", "BIAS_TESTING", "DOCUMENTATION");
        assertThat(ethics.controls(EnumSet.of(Mitigation.BIAS_TESTING, Mitigation.KILL_SWITCH))).containsExactly(
                new RequiredControl(Mitigation.HUMAN_OVERSIGHT, false),
                new RequiredControl(Mitigation.BIAS_TESTING, true),
                new RequiredControl(Mitigation.DOCUMENTATION, false));
    }

    @Test
    void the_missing_controls_are_the_required_ones_not_committed_to() {
        var ethics = requiring("HUMAN_OVERSIGHT", "BIAS_TESTING", "DOCUMENTATION");
        assertThat(ethics.missingControls(List.of(Mitigation.BIAS_TESTING)))
                .containsExactly(Mitigation.HUMAN_OVERSIGHT, Mitigation.DOCUMENTATION);
        assertThat(ethics.missingControls(EnumSet.allOf(Mitigation.class))).isEmpty();
        assertThat(requiring().missingControls(Set.of())).isEmpty();
    }

    @Test
    void a_control_committed_to_but_not_required_is_not_listed() {
        assertThat(requiring("DOCUMENTATION").controls(EnumSet.of(Mitigation.STAGED_ROLLOUT, Mitigation.DOCUMENTATION)))
                .containsExactly(new RequiredControl(Mitigation.DOCUMENTATION, true));
    }

    @Test
    void the_missing_controls_of_a_scored_level_are_those_its_approval_conditions_ask_for() {
        var level = EthicsLevel.IV;
        var committed = EnumSet.of(Mitigation.APPEAL_PROCESS, Mitigation.INDEPENDENT_REVIEW);
        var ethics = new EthicsResult(30, 4, 27, level, EuAiActTier.MINIMAL, List.of(), List.of(),
                level.requiredControls().stream().map(Mitigation::name).toList(), List.of(), false, null);
        assertThat(ethics.missingControls(committed))
                .containsExactlyElementsOf(EthicsAssessor.missingControls(level, committed))
                .containsExactly(Mitigation.BIAS_TESTING, Mitigation.HUMAN_OVERSIGHT,
                        Mitigation.PRODUCTION_MONITORING, Mitigation.DOCUMENTATION);
    }

    @Test
    void a_stored_control_the_engine_does_not_know_is_refused_by_name() {
        assertThatThrownBy(() -> requiring("CRYSTAL_BALL").controls(Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CRYSTAL_BALL");
    }
}
