package dev.greenlight.audit;

import java.time.Instant;

/** What the admin's audit view filters on; every field may be null (no filter). {@code to} is exclusive. */
public record AuditFilter(String actor, AuditAction action, Long assessmentId, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
