package dev.greenlight.review;

import dev.greenlight.document.Questionnaire;
import java.time.Instant;

/** A comment; {@code version} is the submission it was written on (null on a never-submitted draft). */
public record CommentRecord(long id, long assessmentId, Integer version, Questionnaire.Step section, String body,
                            String author, Instant createdAt) {
}
