package dev.greenlight.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A decision on one version of an assessment. Immutable: a new decision is a new row. */
@Entity
@Immutable
@Table(name = "review_decision")
class ReviewDecision {

    static final int CONDITIONS_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private DecisionType decision;

    /** One condition per line (conditions are single lines; the service refuses line breaks in them). */
    @Column(length = CONDITIONS_MAX, updatable = false)
    private String conditions;

    @Column(length = ReviewService.TEXT_MAX, updatable = false)
    private String rationale;

    @Column(name = "decided_by", nullable = false, length = 64, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(long assessmentId, int versionNumber, DecisionType decision, List<String> conditions, String rationale,
                   String decidedBy, Instant decidedAt) {
        this.assessmentId = assessmentId;
        this.versionNumber = versionNumber;
        this.decision = decision;
        this.conditions = conditions.isEmpty() ? null : String.join("\n", conditions);
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    DecisionRecord toRecord() {
        return new DecisionRecord(id, assessmentId, versionNumber, decision,
                conditions == null ? List.of() : Arrays.asList(conditions.split("\n")), rationale, decidedBy, decidedAt);
    }
}
