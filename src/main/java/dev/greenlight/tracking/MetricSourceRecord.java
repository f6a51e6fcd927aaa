package dev.greenlight.tracking;

import java.time.Instant;

/**
 * A PromQL query for one observed model input of a tracked assessment (PRODUCT.md §10.1) and what its last run found:
 * {@code lastValue} and {@code lastFetchedAt}, or {@code error} and {@code errorAt} when the last run failed (it is
 * tried again on the next run). Field names are a JSON contract ({@code GET /api/v1/assessments/{id}/metric-sources}).
 */
public record MetricSourceRecord(int line, String input, String query, Double lastValue, Instant lastFetchedAt, String error,
                                 Instant errorAt) {
}
