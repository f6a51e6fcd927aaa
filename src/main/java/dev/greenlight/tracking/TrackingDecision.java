package dev.greenlight.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A product manager's decision on one re-review. Immutable: a later re-review gets a new row. */
@Entity
@Immutable
@Table(name = "tracking_decision")
class TrackingDecision {

    static final int RATIONALE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ReReviewDecision decision;

    @Column(nullable = false, length = TrackingState.REASON_MAX, updatable = false)
    private String reason;

    @Column(length = RATIONALE_MAX, updatable = false)
    private String rationale;

    @Column(name = "decided_by", nullable = false, length = 64, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected TrackingDecision() {
    }

    TrackingDecision(long assessmentId, ReReviewDecision decision, String reason, String rationale, String decidedBy,
                     Instant decidedAt) {
        this.assessmentId = assessmentId;
        this.decision = decision;
        this.reason = reason;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    TrackingReport.Decision toRecord() {
        return new TrackingReport.Decision(decision, reason, rationale, decidedBy, decidedAt);
    }
}
