package dev.greenlight.assessment;

/** A decision named a submission that is not the one under review (someone resubmitted, or decided, meanwhile). */
public class VersionMismatchException extends RuntimeException {

    public VersionMismatchException(long id, int named, int current) {
        super("Assessment " + id + ": the decision names version " + named + " but the version under review is "
                + (current == 0 ? "none (it was never submitted)" : String.valueOf(current)) + ". Reload it and decide again.");
    }
}
