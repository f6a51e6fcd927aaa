package dev.greenlight.tracking;

/** What a product manager decides when a kill rule fired (PRODUCT.md §7). */
public enum ReReviewDecision {
    /** The project goes on; the rationale says why. */
    CONTINUE,
    /** The project ends: the assessment moves to {@code STOPPED}. */
    STOP
}
