package dev.greenlight.assessment;

import java.util.Set;

/**
 * What a list asks for: {@code mineOnly} for "My assessments"; otherwise everything the caller may read.
 * A blank title matches all; statuses empty means any.
 */
public record AssessmentFilter(boolean mineOnly, String titleContains, Set<AssessmentStatus> statuses) {

    public static AssessmentFilter mine() {
        return new AssessmentFilter(true, null, Set.of());
    }

    public static AssessmentFilter visible() {
        return new AssessmentFilter(false, null, Set.of());
    }

    public AssessmentFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
