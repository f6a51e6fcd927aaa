package dev.greenlight.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where monitoring's value of one observed model input comes from (PRODUCT.md §10.1): a PromQL query that returns one
 * sample, and what its last run found — the value, or the error, each with its time.
 */
@Entity
@Table(name = "tracking_metric_source")
class MetricSource {

    static final int QUERY_MAX = 2000;
    static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;
    @Column(name = "line_index", nullable = false)
    private int line;
    @Column(name = "input_key", nullable = false, length = 32)
    private String input;
    @Column(name = "promql", nullable = false, length = QUERY_MAX)
    private String query;
    @Column(name = "last_value")
    private Double lastValue;
    @Column(name = "last_fetched_at")
    private Instant lastFetchedAt;
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;
    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    protected MetricSource() {
    }

    MetricSource(long assessmentId, int line, String input, String query) {
        this.assessmentId = assessmentId;
        this.line = line;
        this.input = input;
        this.query = query;
    }

    long assessmentId() {
        return assessmentId;
    }

    /** "line/input", the key the feed writes under. */
    String key() {
        return line + "/" + input;
    }

    String query() {
        return query;
    }

    void fetched(double value, Instant at) {
        lastValue = value;
        lastFetchedAt = at;
        lastError = null;
        lastErrorAt = null;
    }

    /** The last run failed: the message is kept (cut to fit) with its time; the last good value stays. */
    void failed(String message, Instant at) {
        lastError = message.length() > ERROR_MAX ? message.substring(0, ERROR_MAX - 1) + "…" : message;
        lastErrorAt = at;
    }

    MetricSourceRecord toRecord() {
        return new MetricSourceRecord(line, input, query, lastValue, lastFetchedAt, lastError, lastErrorAt);
    }
}
