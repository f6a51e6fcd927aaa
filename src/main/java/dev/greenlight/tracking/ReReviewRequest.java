package dev.greenlight.tracking;

/** {@code {"decision": "CONTINUE", "rationale": "..."}}: a rationale is required to continue, optional to stop. */
public record ReReviewRequest(ReReviewDecision decision, String rationale) {
}
