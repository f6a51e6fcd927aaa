package dev.greenlight.assessment;

import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import java.time.Instant;

/**
 * One frozen submission: its number (1, 2, …), who submitted it when, the score it had, and what its author said
 * changed since the version before ({@code changeNote}, null on a first submission).
 */
public record VersionSummary(long assessmentId, int number, String submittedBy, Instant submittedAt, String modelVersion,
                             Double score, Recommendation recommendation, EthicsLevel ethicsLevel, EuAiActTier euAiActTier,
                             String changeNote) {
}
