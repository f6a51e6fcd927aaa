package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.scoring.ScoreResult;

/** A frozen submission whole: the answers and the score document exactly as they were submitted. */
public record VersionDetails(VersionSummary summary, AssessmentDocument document, ScoreResult scoreResult) {
}
