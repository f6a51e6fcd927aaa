package dev.greenlight.audit;

import dev.greenlight.tracking.TrackingEvents.CheckInPosted;
import dev.greenlight.tracking.TrackingEvents.KillRuleMet;
import dev.greenlight.tracking.TrackingEvents.ReReviewContinued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tracking after approval into the assessment's audit trail: every check-in (a replaced month old → new), every kill
 * rule that became met, every re-review that let the project continue (a stop is review's AssessmentStopped).
 */
@Component
class TrackingAudit {

    private final AuditLog log;

    TrackingAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(CheckInPosted e) {
        var month = e.month() + " (month " + e.monthNumber() + ")";
        log.record(AuditAction.CHECKED_IN, e.assessmentId(), e.before() == null ? "Check-in " + month + ": " + e.after()
                : "Check-in " + month + " replaced: " + e.before() + " → " + e.after());
    }

    @EventListener
    void on(KillRuleMet e) {
        log.record(AuditAction.KILL_RULE_MET, e.assessmentId(), "Kill rule met, re-review: " + e.reason());
    }

    @EventListener
    void on(ReReviewContinued e) {
        log.record(AuditAction.RE_REVIEWED, e.assessmentId(), "Continued on re-review (" + e.reason() + "); rationale: " + e.rationale());
    }
}
