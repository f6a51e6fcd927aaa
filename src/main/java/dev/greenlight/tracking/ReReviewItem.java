package dev.greenlight.tracking;

import java.time.Instant;

/** A row of the re-review queue: which assessment, whose, why (the kill rules met, in words), since when. */
public record ReReviewItem(long assessmentId, String title, String owner, String reason, Instant since) {
}
