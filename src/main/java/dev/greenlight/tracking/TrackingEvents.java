package dev.greenlight.tracking;

/**
 * What tracking announces, in the past tense, synchronously inside the transaction (the audit trail listens). A STOP on
 * a re-review is announced by review, which moves the assessment ({@code ReviewEvents.AssessmentStopped}).
 */
public final class TrackingEvents {

    private TrackingEvents() {
    }

    /** A month was reported; {@code before} is the month's earlier check-in in words when this one replaced it, else null. */
    public record CheckInPosted(long assessmentId, String month, int monthNumber, String before, String after) {
    }

    /** A check-in made a kill rule met that was not: the assessment waits for a product manager's re-review. */
    public record KillRuleMet(long assessmentId, String reason) {
    }

    /** A product manager let the project go on despite a met kill rule, saying why. */
    public record ReReviewContinued(long assessmentId, String reason, String rationale) {
    }
}
