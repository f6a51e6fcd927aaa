package dev.greenlight.audit;

import java.time.Instant;

/** One audit entry as readers see it; {@code assessmentId} is null for sign-ins and administration. */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, Long assessmentId, String detail) {
}
