package dev.greenlight.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A tracked assessment's figures as of its latest check-in, rewritten on every post: the portfolio filters, sorts and
 * sums them in the database, the re-review queue is the rows with {@code reReviewSince} set. The report itself is
 * always computed afresh from the check-ins; this row never feeds it.
 */
@Entity
@Table(name = "tracking_state")
class TrackingState {

    static final int REASON_MAX = 1000;

    @Id
    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "author", nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "tracking_status", nullable = false, length = 24)
    private TrackingStatus status;

    @Column(name = "months_reported", nullable = false)
    private int monthsReported;
    @Column(name = "actual_net_cash", nullable = false)
    private double actualNetCash;
    @Column(name = "forecast_net_cash", nullable = false)
    private double forecastNetCash;
    @Column(nullable = false)
    private double variance;
    @Column(name = "tracking_currency", length = 3)
    private String currency;

    /** The indexes of the kill rules met at the latest check-in, comma-separated: a rule newly met opens a re-review. */
    @Column(name = "rules_met", nullable = false, length = 200)
    private String rulesMet = "";

    @Column(name = "re_review_reason", length = REASON_MAX)
    private String reReviewReason;
    @Column(name = "re_review_since")
    private Instant reReviewSince;

    @Column(name = "tracking_updated_at", nullable = false)
    private Instant updatedAt;

    protected TrackingState() {
    }

    TrackingState(long assessmentId, String owner) {
        this.assessmentId = assessmentId;
        this.owner = owner;
    }

    void update(TrackingReport report, Instant now) {
        this.status = report.status();
        this.monthsReported = report.monthsReported();
        this.actualNetCash = report.actualNetCash();
        this.forecastNetCash = report.forecastNetCash();
        this.variance = report.variance();
        this.currency = report.currency();
        this.rulesMet = report.killRules().stream().filter(r -> r.state() == TrackingReport.RuleOutcome.MET)
                .map(r -> Integer.toString(r.index())).collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    Set<Integer> rulesMet() {
        return rulesMet.isEmpty() ? Set.of()
                : Arrays.stream(rulesMet.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    void openReReview(String reason, Instant now) {
        this.reReviewReason = clip(reason);
        if (reReviewSince == null) {
            this.reReviewSince = now;
        }
    }

    void closeReReview() {
        this.reReviewReason = null;
        this.reReviewSince = null;
    }

    TrackingReport.ReReview reReview() {
        return reReviewSince == null ? null : new TrackingReport.ReReview(reReviewReason, reReviewSince);
    }

    boolean reReviewOpen() {
        return reReviewSince != null;
    }

    long assessmentId() {
        return assessmentId;
    }

    /** Reasons are generated, one short clause per rule; a document with very many rules is cut with an ellipsis. */
    private static String clip(String reason) {
        return reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX - 1) + "…";
    }
}
