package dev.greenlight.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One observed model input of a check-in (PRODUCT.md §10.1): the benefit line's index, the input's key, the value, and
 * whether monitoring fed it (the Prometheus job) rather than a person typing it. The feed never writes over a value a
 * person gave for that month.
 */
@Embeddable
record Observation(@Column(name = "line_index", nullable = false) int line,
                   @Column(name = "input_key", nullable = false, length = 32) String input,
                   @Column(name = "observed_value", nullable = false) double value,
                   @Column(name = "fed", nullable = false) boolean fed) {
}
