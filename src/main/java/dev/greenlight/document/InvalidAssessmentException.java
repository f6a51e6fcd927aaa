package dev.greenlight.document;

import java.util.List;

/** Input that cannot be stored; nothing was written. Carries every problem found, not just the first. */
public class InvalidAssessmentException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidAssessmentException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).reduce((a, b) -> a + "; " + b).orElse("invalid assessment"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
