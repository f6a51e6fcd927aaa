package dev.greenlight.assessment;

import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import java.time.Instant;

/** One frozen submission: its number (1, 2, …), who submitted it when, and the score it had. */
public record VersionSummary(long assessmentId, int number, String submittedBy, Instant submittedAt, String modelVersion,
                             Double score, Recommendation recommendation, EthicsLevel ethicsLevel, EuAiActTier euAiActTier) {
}
