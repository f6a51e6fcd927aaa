package dev.greenlight.review;

import dev.greenlight.assessment.VersionSummary;
import java.util.List;

/** Everything that happened in review, each list oldest first. */
public record ReviewHistory(List<VersionSummary> versions, List<DecisionRecord> decisions, List<CommentRecord> comments) {
}
