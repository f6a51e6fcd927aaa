package dev.greenlight.assessment;

/** Where an assessment is in its review (PRODUCT.md §2) and, once approved, whether it was stopped (§7). */
public enum AssessmentStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    APPROVED_WITH_CONDITIONS("Approved with conditions"),
    REJECTED("Rejected"),
    /** Approved, then stopped by a product manager when a kill rule fired (PRODUCT.md §7); decided, archivable. */
    STOPPED("Stopped"),
    ARCHIVED("Archived");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only the author edits, and only while the assessment is theirs to change. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
