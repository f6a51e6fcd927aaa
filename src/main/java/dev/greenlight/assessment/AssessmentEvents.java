package dev.greenlight.assessment;

import dev.greenlight.document.FieldChange;
import java.util.List;

/**
 * What the assessment module announces, in the past tense. Listeners run synchronously inside the publisher's
 * transaction (the audit trail among them), so an action and what it caused commit or roll back together.
 */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    /** A draft was created. */
    public record AssessmentCreated(long assessmentId, String title) {
    }

    /** The author saved answers; one {@link FieldChange} per answer that differs. */
    public record AnswersChanged(long assessmentId, List<FieldChange> changes) {
        public AnswersChanged {
            changes = List.copyOf(changes);
        }
    }

    /** An admin re-scored one assessment with the model in force; {@code before} is null when it had no score. */
    public record AssessmentRescored(long assessmentId, String modelVersion, ScoreSummary before, ScoreSummary after) {
    }
}
