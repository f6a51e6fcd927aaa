package dev.greenlight.assessment;

import static dev.greenlight.assessment.AssessmentStatus.APPROVED;
import static dev.greenlight.assessment.AssessmentStatus.APPROVED_WITH_CONDITIONS;
import static dev.greenlight.assessment.AssessmentStatus.ARCHIVED;
import static dev.greenlight.assessment.AssessmentStatus.CHANGES_REQUESTED;
import static dev.greenlight.assessment.AssessmentStatus.DRAFT;
import static dev.greenlight.assessment.AssessmentStatus.REJECTED;
import static dev.greenlight.assessment.AssessmentStatus.STOPPED;
import static dev.greenlight.assessment.AssessmentStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (status, action) pair: the twelve legal moves go where PRODUCT.md §2 and §7 say, the other 44 are refused. */
class LifecycleTest {

    /** The specification, written out independently of the table under test. */
    private static final Map<String, AssessmentStatus> LEGAL = Map.ofEntries(
            Map.entry("DRAFT+SUBMIT", SUBMITTED),
            Map.entry("CHANGES_REQUESTED+SUBMIT", SUBMITTED),
            Map.entry("SUBMITTED+REQUEST_CHANGES", CHANGES_REQUESTED),
            Map.entry("SUBMITTED+APPROVE", APPROVED),
            Map.entry("SUBMITTED+APPROVE_WITH_CONDITIONS", APPROVED_WITH_CONDITIONS),
            Map.entry("SUBMITTED+REJECT", REJECTED),
            Map.entry("APPROVED+ARCHIVE", ARCHIVED),
            Map.entry("APPROVED_WITH_CONDITIONS+ARCHIVE", ARCHIVED),
            Map.entry("REJECTED+ARCHIVE", ARCHIVED),
            Map.entry("APPROVED+STOP", STOPPED),
            Map.entry("APPROVED_WITH_CONDITIONS+STOP", STOPPED),
            Map.entry("STOPPED+ARCHIVE", ARCHIVED));

    static Stream<Arguments> everyPair() {
        var pairs = new ArrayList<Arguments>();
        for (var status : AssessmentStatus.values()) {
            for (var action : WorkflowAction.values()) {
                pairs.add(Arguments.of(status, action));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void every_status_and_action_is_allowed_or_refused_exactly_as_specified(AssessmentStatus from, WorkflowAction action) {
        var expected = LEGAL.get(from + "+" + action);
        if (expected != null) {
            assertThat(Lifecycle.next(from, action)).isEqualTo(expected);
            assertThat(Lifecycle.allowed(from)).contains(action);
        } else {
            assertThat(Lifecycle.target(from, action)).isEmpty();
            assertThat(Lifecycle.allowed(from)).doesNotContain(action);
            assertThatThrownBy(() -> Lifecycle.next(from, action))
                    .isInstanceOfSatisfying(Lifecycle.IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e.getMessage()).contains("Cannot " + action.verb()).contains(from.label().toLowerCase());
                    });
        }
    }

    @Test
    void the_table_has_exactly_the_specified_moves() {
        long legal = everyPair().filter(a -> Lifecycle.target((AssessmentStatus) a.get()[0], (WorkflowAction) a.get()[1]).isPresent()).count();
        assertThat(legal).isEqualTo(LEGAL.size());
        assertThat(AssessmentStatus.values().length * WorkflowAction.values().length).isEqualTo(56);
    }

    @Test
    void archived_is_final_and_says_so() {
        assertThat(Lifecycle.allowed(ARCHIVED)).isEmpty();
        assertThatThrownBy(() -> Lifecycle.next(ARCHIVED, WorkflowAction.SUBMIT)).hasMessageContaining("nothing more can happen");
    }

    @Test
    void the_review_loop_can_repeat_before_a_decision() {
        var status = DRAFT;
        status = Lifecycle.next(status, WorkflowAction.SUBMIT);
        for (int round = 0; round < 3; round++) {
            status = Lifecycle.next(status, WorkflowAction.REQUEST_CHANGES);
            assertThat(status).isEqualTo(CHANGES_REQUESTED);
            status = Lifecycle.next(status, WorkflowAction.SUBMIT);
        }
        assertThat(Lifecycle.next(Lifecycle.next(status, WorkflowAction.APPROVE_WITH_CONDITIONS), WorkflowAction.ARCHIVE)).isEqualTo(ARCHIVED);
    }

    @Test
    void a_refusal_lists_what_is_possible_instead() {
        assertThatThrownBy(() -> Lifecycle.next(DRAFT, WorkflowAction.APPROVE))
                .hasMessage("Cannot approve an assessment that is draft; from there it can only be: [submit]");
    }

    @Test
    void an_approved_project_can_be_stopped_and_a_stopped_one_only_archived() {
        assertThat(Lifecycle.next(Lifecycle.next(SUBMITTED, WorkflowAction.APPROVE), WorkflowAction.STOP)).isEqualTo(STOPPED);
        assertThat(Lifecycle.allowed(STOPPED)).containsExactly(WorkflowAction.ARCHIVE);
        assertThatThrownBy(() -> Lifecycle.next(SUBMITTED, WorkflowAction.STOP))
                .hasMessage("Cannot stop an assessment that is submitted; from there it can only be: "
                        + "[request changes on, approve, approve with conditions, reject]");
        assertThatThrownBy(() -> Lifecycle.next(REJECTED, WorkflowAction.STOP)).hasMessageContaining("can only be: [archive]");
    }
}
