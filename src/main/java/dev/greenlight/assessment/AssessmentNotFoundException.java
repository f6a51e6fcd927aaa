package dev.greenlight.assessment;

/** No assessment with that id, or one the caller may not know exists (another engineer's draft). */
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(long id) {
        super("No assessment with id " + id);
    }
}
