package dev.greenlight.api;

import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import java.util.ArrayList;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The one rule for {@code page} and {@code size} of every list: out of range is a 400 naming the field, never clamped. */
final class Paging {

    static final int MAX_PAGE_SIZE = 200;

    private Paging() {
    }

    static PageRequest of(int page, int size, Sort sort) {
        var errors = new ArrayList<FieldError>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more, was " + page));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE + ", was " + size));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
        return PageRequest.of(page, size, sort);
    }
}
