package dev.greenlight.assessment;

import java.time.Instant;

/** One assessment as a reader sees it: the answers plus where it stands. */
public record AssessmentDetails(
        long id,
        AssessmentDocument document,
        AssessmentStatus status,
        String owner,
        long version,
        Instant createdAt,
        Instant updatedAt,
        ScoreSummary score,
        String scoreDocument,
        boolean editableByCaller) {
}
