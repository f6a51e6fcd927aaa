package dev.greenlight.audit;

import dev.greenlight.assessment.AssessmentEvents.AnswersChanged;
import dev.greenlight.assessment.AssessmentEvents.AssessmentCreated;
import dev.greenlight.assessment.AssessmentEvents.AssessmentRescored;
import dev.greenlight.assessment.ScoreSummary;
import dev.greenlight.review.ReviewEvents.AssessmentArchived;
import dev.greenlight.review.ReviewEvents.AssessmentStopped;
import dev.greenlight.review.ReviewEvents.AssessmentSubmitted;
import dev.greenlight.review.ReviewEvents.CommentAdded;
import dev.greenlight.review.ReviewEvents.DecisionRecorded;
import dev.greenlight.review.ReviewEvents.SignOffRecorded;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The life of one assessment into its audit trail: created, every changed answer (field, old → new), submitted,
 * decided, signed off, commented, archived, re-scored. Synchronous listeners: they run inside the publisher's
 * transaction, so a failing audit write undoes the action.
 */
@Component
class AssessmentAudit {

    private final AuditLog log;

    AssessmentAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AssessmentCreated e) {
        log.record(AuditAction.CREATED, e.assessmentId(), "Created “" + e.title() + "”");
    }

    @EventListener
    void on(AnswersChanged e) {
        e.changes().forEach(change -> log.record(AuditAction.CHANGED, e.assessmentId(), change.toString()));
    }

    @EventListener
    void on(AssessmentSubmitted e) {
        var s = e.score();
        log.record(AuditAction.SUBMITTED, e.assessmentId(), "Submitted version " + e.version() + (s == null ? " (not scored)"
                : String.format(Locale.ROOT, " (score %.1f, %s, level %s, %s, model %s)",
                s.score(), s.recommendation(), s.ethicsLevel(), s.euAiActTier(), s.modelVersion()))
                + (e.changes() == null ? "" : "\nWhat changed: " + e.changes()));
    }

    @EventListener
    void on(DecisionRecorded e) {
        var text = new StringBuilder(e.decision().label()).append(" on version ").append(e.version());
        if (e.awaitingSignOff()) {
            text.append(" (awaits leadership sign-off)");
        }
        text.append("; status ").append(e.statusAfter().label());
        if (!e.conditions().isEmpty()) {
            text.append("; conditions: ").append(String.join("; ", e.conditions()));
        }
        log.record(AuditAction.DECIDED, e.assessmentId(), withRationale(text, e.rationale()));
    }

    @EventListener
    void on(SignOffRecorded e) {
        var text = new StringBuilder(e.decision().label()).append(" on version ").append(e.version())
                .append("; status ").append(e.statusAfter().label());
        log.record(AuditAction.SIGNED_OFF, e.assessmentId(), withRationale(text, e.rationale()));
    }

    @EventListener
    void on(CommentAdded e) {
        log.record(AuditAction.COMMENTED, e.assessmentId(), (e.section() == null ? "" : "[" + e.section().label() + "] ") + e.body());
    }

    @EventListener
    void on(AssessmentArchived e) {
        log.record(AuditAction.DECIDED, e.assessmentId(), "Archived");
    }

    @EventListener
    void on(AssessmentStopped e) {
        log.record(AuditAction.RE_REVIEWED, e.assessmentId(), withRationale(new StringBuilder("Stopped on re-review (")
                .append(e.reason()).append("); status Stopped"), e.rationale()));
    }

    @EventListener
    void on(AssessmentRescored e) {
        log.record(AuditAction.RESCORED, e.assessmentId(), "Re-scored with model " + e.modelVersion() + ": "
                + describe(e.before()) + " → " + describe(e.after()));
    }

    private static String withRationale(StringBuilder text, String rationale) {
        if (rationale != null) {
            text.append("; rationale: ").append(rationale);
        }
        return text.toString();
    }

    private static String describe(ScoreSummary s) {
        return s == null ? "no score" : String.format(Locale.ROOT, "%.1f %s (model %s)", s.score(), s.recommendation(), s.modelVersion());
    }
}
