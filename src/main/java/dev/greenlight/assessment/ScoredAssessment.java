package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument;
import java.time.LocalDate;

/**
 * A stored assessment that has a current score, with the answers that produced it: what the scoring model's
 * administration previews a candidate model on and re-scores, without touching the {@link Assessment} entity.
 */
public record ScoredAssessment(long id, String title, AssessmentDocument document, ScoreSummary score,
                               LocalDate euRulesReviewed) {
}
