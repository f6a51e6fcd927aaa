package dev.greenlight.review;

import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.WorkflowAction;
import dev.greenlight.assessment.AssessmentValidator;
import dev.greenlight.assessment.FieldError;
import dev.greenlight.assessment.InvalidAssessmentException;
import dev.greenlight.assessment.Questionnaire;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions, sign-offs and comments (PRODUCT.md §2, issue 6). The lifecycle move itself, separation of duties and
 * the optimistic lock are {@link AssessmentService}'s; this service checks what a decision must carry, stores it
 * with the move in one transaction, and audits it. Read access is always the assessment's.
 */
@Service
public class ReviewService {

    public static final int TEXT_MAX = 4000;
    static final int CONDITION_MAX = 500;
    static final int CONDITIONS_MAX = 30;

    private final AssessmentService assessments;
    private final ReviewDecisionRepository decisions;
    private final ReviewCommentRepository comments;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(AssessmentService assessments, ReviewDecisionRepository decisions, ReviewCommentRepository comments,
                  AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.assessments = assessments;
        this.decisions = decisions;
        this.comments = comments;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a decision on the version it names. Product managers decide (request changes, approve, approve with
     * conditions, reject); leadership signs off (or refuses) an approval that waits for them. Conflicts — someone
     * decided or resubmitted meanwhile — are refused whole: nothing is stored twice.
     */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME})
    @Transactional
    public AssessmentDetails decide(long id, DecisionRequest request) {
        var valid = validate(request);
        AssessmentDetails after;
        if (valid.decision().isSignOff()) {
            if (!currentUser.hasRole(Role.LEADERSHIP)) {
                throw new AccessDeniedException("Only leadership signs off an approval");
            }
            after = assessments.signOff(id, valid.version(), valid.decision() == DecisionType.SIGN_OFF);
        } else {
            if (!currentUser.hasRole(Role.PRODUCT_MANAGER)) {
                throw new AccessDeniedException("Only product managers decide on assessments; leadership signs off");
            }
            after = assessments.decide(id, valid.version(), valid.decision().action());
        }
        decisions.save(new ReviewDecision(id, valid.version(), valid.decision(), valid.conditions(), valid.rationale(),
                currentUser.require(), Instant.now(clock)));
        audit.record(valid.decision().isSignOff() ? AuditAction.SIGNED_OFF : AuditAction.DECIDED, id, describe(valid, after));
        return after;
    }

    /** Adds a comment to the thread, optionally pinned to a section; anyone who may read the assessment may comment. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentRecord comment(long id, Questionnaire.Step section, String body) {
        var details = assessments.get(id);
        var text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw invalid("body", "write the comment");
        }
        if (text.length() > TEXT_MAX) {
            throw invalid("body", "must be at most " + TEXT_MAX + " characters, was " + text.length());
        }
        var notPlain = AssessmentValidator.plainText("body", text);
        if (notPlain != null) {
            throw new InvalidAssessmentException(List.of(notPlain));
        }
        var saved = comments.save(new ReviewComment(id, details.latestVersion() == 0 ? null : details.latestVersion(), section,
                text, currentUser.require(), Instant.now(clock)));
        audit.record(AuditAction.COMMENTED, id, (section == null ? "" : "[" + section.label() + "] ") + text);
        return saved.toRecord();
    }

    /** Versions, decisions and comments of an assessment (same access rule as reading it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReviewHistory history(long id) {
        var versions = assessments.versions(id);
        return new ReviewHistory(versions,
                decisions.findByAssessmentIdOrderByDecidedAtAscIdAsc(id).stream().map(ReviewDecision::toRecord).toList(),
                comments.findByAssessmentIdOrderByCreatedAtAscIdAsc(id).stream().map(ReviewComment::toRecord).toList());
    }

    /** The audit trail of one assessment, oldest first, for anyone who may read the assessment. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRecord> audit(long id) {
        assessments.get(id);
        return audit.forAssessment(id);
    }

    /** What the caller may do on this assessment; the methods above still check everything again. */
    @PreAuthorize("isAuthenticated()")
    public ReviewActions actionsFor(AssessmentDetails details) {
        var me = currentUser.require();
        boolean author = details.owner().equals(me);
        boolean inReview = details.status() == AssessmentStatus.SUBMITTED;
        boolean decided = Lifecycle.allowed(details.status()).contains(WorkflowAction.ARCHIVE);
        return new ReviewActions(
                inReview && !author && !details.awaitsSignOff() && currentUser.hasRole(Role.PRODUCT_MANAGER),
                inReview && !author && details.awaitsSignOff() && currentUser.hasRole(Role.LEADERSHIP),
                decided && (currentUser.hasRole(Role.PRODUCT_MANAGER) || currentUser.hasRole(Role.ADMIN)),
                currentUser.hasRole(Role.ADMIN));
    }

    /**
     * One line for the author's list: the latest decision (with its rationale or conditions) and how many comments
     * there are; empty when nothing happened in review yet.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String feedback(long id) {
        var history = history(id);
        var parts = new ArrayList<String>();
        history.decisions().stream().reduce((a, b) -> b).ifPresent(d -> parts.add(d.decision().label()
                + (d.conditions().isEmpty() ? "" : " (" + d.conditions().size() + (d.conditions().size() == 1 ? " condition)" : " conditions)"))
                + (d.rationale() == null ? "" : ": " + d.rationale())));
        int comments = history.comments().size();
        if (comments > 0) {
            parts.add(comments + (comments == 1 ? " comment" : " comments"));
        }
        return String.join(" · ", parts);
    }

    private record Valid(DecisionType decision, int version, List<String> conditions, String rationale) {
    }

    private static Valid validate(DecisionRequest request) {
        var errors = new ArrayList<FieldError>();
        if (request == null) {
            throw invalid("$", "a decision is required");
        }
        var type = request.decision();
        if (type == null) {
            errors.add(new FieldError("decision", "is required: one of " + List.of(DecisionType.values())));
        }
        if (request.version() == null || request.version() < 1) {
            errors.add(new FieldError("version", "is required: the number of the version you decide on (1 or more)"));
        }
        var rationale = request.rationale() == null ? null : request.rationale().strip();
        if (rationale != null && rationale.isEmpty()) {
            rationale = null;
        }
        if (rationale != null && rationale.length() > TEXT_MAX) {
            errors.add(new FieldError("rationale", "must be at most " + TEXT_MAX + " characters, was " + rationale.length()));
        } else if (AssessmentValidator.plainText("rationale", rationale) != null) {
            errors.add(AssessmentValidator.plainText("rationale", rationale));
        }
        if (rationale == null && (type == DecisionType.REJECT || type == DecisionType.REFUSE_SIGN_OFF)) {
            errors.add(new FieldError("rationale", "is required: say why"));
        }
        if (rationale == null && type == DecisionType.REQUEST_CHANGES) {
            errors.add(new FieldError("rationale", "is required: say what to change"));
        }
        var conditions = new ArrayList<String>();
        for (int i = 0; i < request.conditions().size(); i++) {
            var c = request.conditions().get(i) == null ? "" : request.conditions().get(i).strip();
            if (c.isEmpty()) {
                errors.add(new FieldError("conditions[" + i + "]", "must not be blank"));
            } else if (c.length() > CONDITION_MAX) {
                errors.add(new FieldError("conditions[" + i + "]", "must be at most " + CONDITION_MAX + " characters, was " + c.length()));
            } else if (c.contains("\n") || c.contains("\r")) {
                errors.add(new FieldError("conditions[" + i + "]", "must be one line; make each condition its own entry"));
            } else if (AssessmentValidator.plainText("conditions[" + i + "]", c) != null) {
                errors.add(AssessmentValidator.plainText("conditions[" + i + "]", c));
            } else {
                conditions.add(c);
            }
        }
        if (request.conditions().size() > CONDITIONS_MAX) {
            errors.add(new FieldError("conditions", "at most " + CONDITIONS_MAX + " conditions, were " + request.conditions().size()));
        }
        if (type == DecisionType.APPROVE_WITH_CONDITIONS && request.conditions().isEmpty()) {
            errors.add(new FieldError("conditions", "are required when approving with conditions"));
        }
        if (type != null && type != DecisionType.APPROVE_WITH_CONDITIONS && !request.conditions().isEmpty()) {
            errors.add(new FieldError("conditions", "only an approval with conditions carries conditions; use APPROVE_WITH_CONDITIONS"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
        return new Valid(type, request.version(), List.copyOf(conditions), rationale);
    }

    private static String describe(Valid v, AssessmentDetails after) {
        var text = new StringBuilder(v.decision().label()).append(" on version ").append(v.version());
        if (after.awaitsSignOff()) {
            text.append(" (awaits leadership sign-off)");
        }
        text.append("; status ").append(after.status().label());
        if (!v.conditions().isEmpty()) {
            text.append("; conditions: ").append(String.join("; ", v.conditions()));
        }
        if (v.rationale() != null) {
            text.append("; rationale: ").append(v.rationale());
        }
        return text.toString();
    }

    private static InvalidAssessmentException invalid(String path, String message) {
        return new InvalidAssessmentException(List.of(new FieldError(path, message)));
    }
}
