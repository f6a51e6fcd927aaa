package dev.greenlight.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * An EU AI Act obligation of an assessment's latest score as stored beside it (V8 migration), for the
 * portfolio's "falling due" list; the score document keeps the full obligation with its link and source.
 */
@Embeddable
record DueObligation(
        @Column(length = 64, nullable = false) String article,
        @Column(length = 400, nullable = false) String title,
        @Column(name = "applies_to", length = 16, nullable = false) String appliesTo,
        @Column(name = "applies_from", nullable = false) LocalDate appliesFrom) {
}
