package dev.greenlight.assessment;

import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import java.time.Instant;

/** A row of a list: what the grids show and sort by. */
public record AssessmentSummary(
        long id,
        String title,
        String team,
        String owner,
        AssessmentStatus status,
        Instant updatedAt,
        Double score,
        Recommendation recommendation,
        EthicsLevel ethicsLevel,
        EuAiActTier euAiActTier,
        Instant submittedAt,
        int latestVersion,
        boolean awaitingSignOff) {

    static AssessmentSummary of(Assessment a) {
        var s = a.scoreSummary();
        return new AssessmentSummary(a.getId(), a.getTitle(), a.getTeam(), a.getOwner(), a.getStatus(),
                a.getUpdatedAt(), s == null ? null : s.score(), s == null ? null : s.recommendation(),
                s == null ? null : s.ethicsLevel(), s == null ? null : s.euAiActTier(),
                a.getSubmittedAt(), a.getLatestVersion(), a.getAwaitingSignOff() != null);
    }
}
