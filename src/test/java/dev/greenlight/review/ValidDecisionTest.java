package dev.greenlight.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.document.InvalidAssessmentException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a decision must carry, type by type, without Spring: every decision says why (issue 16 item 1). */
class ValidDecisionTest {

    private static List<String> conditionsFor(DecisionType type) {
        return type == DecisionType.APPROVE_WITH_CONDITIONS ? List.of("Monitor false alarms monthly") : List.of();
    }

    @ParameterizedTest
    @EnumSource(DecisionType.class)
    void every_decision_without_a_rationale_is_refused_naming_the_field(DecisionType type) {
        for (var missing : java.util.Arrays.asList(null, "", "   \n\t")) {
            assertThatThrownBy(() -> ValidDecision.validate(new DecisionRequest(type, 1, conditionsFor(type), missing)))
                    .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                            .satisfies(f -> {
                                assertThat(f.path()).isEqualTo("rationale");
                                assertThat(f.message()).startsWith("is required: say ");
                            }));
        }
    }

    @ParameterizedTest
    @EnumSource(DecisionType.class)
    void every_decision_with_a_rationale_is_accepted_stripped(DecisionType type) {
        var valid = ValidDecision.validate(new DecisionRequest(type, 2, conditionsFor(type), "  Evidence holds up  "));
        assertThat(valid.rationale()).isEqualTo("Evidence holds up");
        assertThat(valid.decision()).isEqualTo(type);
        assertThat(valid.version()).isEqualTo(2);
        assertThat(valid.conditions()).isEqualTo(conditionsFor(type));
    }

    @ParameterizedTest
    @EnumSource(DecisionType.class)
    void the_message_asks_what_the_decision_needs(DecisionType type) {
        var expected = switch (type) {
            case REQUEST_CHANGES -> "rationale: is required: say what to change";
            case APPROVE, APPROVE_WITH_CONDITIONS -> "rationale: is required: say why you approve";
            case REJECT -> "rationale: is required: say why you reject";
            case SIGN_OFF -> "rationale: is required: say why you sign off";
            case REFUSE_SIGN_OFF -> "rationale: is required: say why you refuse the sign-off";
        };
        assertThatThrownBy(() -> ValidDecision.validate(new DecisionRequest(type, 1, conditionsFor(type), null)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class,
                        e -> assertThat(e.errors()).singleElement().hasToString(expected));
    }

    @ParameterizedTest
    @EnumSource(DecisionType.class)
    void a_missing_rationale_is_reported_with_the_other_bad_fields(DecisionType type) {
        assertThatThrownBy(() -> ValidDecision.validate(new DecisionRequest(type, 0, conditionsFor(type), null)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class,
                        e -> assertThat(e.errors()).extracting(dev.greenlight.document.FieldError::path)
                                .containsExactly("version", "rationale"));
    }

    @org.junit.jupiter.api.Test
    void a_too_long_rationale_is_refused_not_cut() {
        var longText = "x".repeat(ReviewService.TEXT_MAX + 1);
        assertThatThrownBy(() -> ValidDecision.validate(new DecisionRequest(DecisionType.APPROVE, 1, List.of(), longText)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .hasToString("rationale: must be at most 4000 characters, was 4001"));
    }
}
