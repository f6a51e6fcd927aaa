package dev.greenlight.review;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.ScoreSummary;
import dev.greenlight.document.Questionnaire;
import java.util.List;

/**
 * What the review module announces, in the past tense, synchronously inside the transaction of the move: a listener
 * that fails (the audit trail, say) undoes the move with it.
 */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /** The author submitted; {@code version} is the number frozen; {@code score} is null when it could not be scored. */
    public record AssessmentSubmitted(long assessmentId, int version, ScoreSummary score, String changes) {
    }

    /** A product manager decided on {@code version}; {@code awaitingSignOff} when the approval waits for leadership. */
    public record DecisionRecorded(long assessmentId, int version, DecisionType decision, List<String> conditions,
                                   String rationale, AssessmentStatus statusAfter, boolean awaitingSignOff) {
        public DecisionRecorded {
            conditions = List.copyOf(conditions);
        }
    }

    /** Leadership signed off ({@link DecisionType#SIGN_OFF}) or refused ({@link DecisionType#REFUSE_SIGN_OFF}). */
    public record SignOffRecorded(long assessmentId, int version, DecisionType decision, String rationale,
                                  AssessmentStatus statusAfter) {
    }

    /** Someone commented, optionally pinned to a section (null for the whole assessment). */
    public record CommentAdded(long assessmentId, Questionnaire.Step section, String body) {
    }

    /** A decided assessment was put away. */
    public record AssessmentArchived(long assessmentId) {
    }

    /**
     * A product manager stopped an approved project on a re-review (PRODUCT.md §7): {@code reason} is the kill rule
     * that fired, in words; {@code rationale} what the product manager said, or null.
     */
    public record AssessmentStopped(long assessmentId, String reason, String rationale) {
    }
}
