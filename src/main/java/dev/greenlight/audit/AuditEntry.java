package dev.greenlight.audit;

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

/** One line of the audit trail. Immutable: Hibernate never issues an update for it, and no code deletes it. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEntry {

    static final int DETAIL_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private AuditAction action;

    @Column(name = "assessment_id", updatable = false)
    private Long assessmentId;

    @Column(nullable = false, length = DETAIL_MAX, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, AuditAction action, Long assessmentId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.assessmentId = assessmentId;
        this.detail = detail;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actor, action, assessmentId, detail);
    }
}
