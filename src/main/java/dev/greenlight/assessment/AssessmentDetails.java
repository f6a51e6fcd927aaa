package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.FieldError;
import dev.greenlight.scoring.ScoreResult;
import java.time.Instant;
import java.util.List;

/**
 * One assessment as a reader sees it: the answers, where it stands, and its stored score (null until the
 * money section is complete; {@code missingForScore} then says what to fill in). {@code latestVersion} is the
 * newest frozen submission (0 before the first).
 */
public record AssessmentDetails(
        long id,
        AssessmentDocument document,
        AssessmentStatus status,
        String owner,
        long version,
        Instant createdAt,
        Instant updatedAt,
        ScoreSummary score,
        ScoreResult scoreResult,
        List<FieldError> missingForScore,
        boolean editableByCaller,
        int latestVersion,
        Instant submittedAt,
        WorkflowAction awaitingSignOff) {

    /** An approval was given and waits for leadership before it counts. */
    public boolean awaitsSignOff() {
        return awaitingSignOff != null;
    }
}
