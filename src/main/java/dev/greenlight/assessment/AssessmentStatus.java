package dev.greenlight.assessment;

/** Where an assessment is in its review (PRODUCT.md §2). */
public enum AssessmentStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    APPROVED_WITH_CONDITIONS("Approved with conditions"),
    REJECTED("Rejected"),
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
