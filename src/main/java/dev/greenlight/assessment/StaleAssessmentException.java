package dev.greenlight.assessment;

/** Someone saved the assessment since the caller read it: their change would be silently lost. */
public class StaleAssessmentException extends RuntimeException {

    private final long currentVersion;

    public StaleAssessmentException(long id, long expected, long currentVersion) {
        super("Assessment " + id + " was changed by someone else: you edited version " + expected
                + " but the stored version is " + currentVersion + ". Reload it and apply your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
