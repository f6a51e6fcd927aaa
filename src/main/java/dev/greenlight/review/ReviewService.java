package dev.greenlight.review;

import dev.greenlight.assessment.Assessment;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.VersionMismatchException;
import dev.greenlight.assessment.VersionSummary;
import dev.greenlight.assessment.WorkflowAction;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.review.ReviewEvents.AssessmentArchived;
import dev.greenlight.review.ReviewEvents.AssessmentStopped;
import dev.greenlight.review.ReviewEvents.AssessmentSubmitted;
import dev.greenlight.review.ReviewEvents.CommentAdded;
import dev.greenlight.review.ReviewEvents.DecisionRecorded;
import dev.greenlight.review.ReviewEvents.SignOffRecorded;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of the review lifecycle (PRODUCT.md §2): submit, decide, sign off, archive, the review queue and
 * separation of duties, with what each decision must carry, and the comments. Every move follows {@link Lifecycle},
 * is stored under the assessment's optimistic lock, and is announced as a {@link ReviewEvents} event inside the same
 * transaction (the audit trail listens). Read access is always the assessment's.
 */
@Service
public class ReviewService {

    public static final int TEXT_MAX = 4000;

    private final AssessmentService assessments;
    private final ReviewDecisionRepository decisions;
    private final ReviewCommentRepository comments;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(AssessmentService assessments, ReviewDecisionRepository decisions, ReviewCommentRepository comments,
                  ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.assessments = assessments;
        this.decisions = decisions;
        this.comments = comments;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A first submission: {@link #submit(long, long, String)} without a note. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AssessmentDetails submit(long id, long expectedVersion) {
        return submit(id, expectedVersion, null);
    }

    /**
     * The author hands the assessment to product managers; this freezes the next numbered version. Only a complete
     * assessment is submitted: scorable, with every question answered (what is missing is refused by name, as the
     * guided form's review step lists it). A resubmission says what changed ({@code changes}), for the reviewer.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AssessmentDetails submit(long id, long expectedVersion, String changes) {
        var assessment = assessments.editable(id);
        requireVersion(assessment, expectedVersion);
        var refused = new java.util.ArrayList<FieldError>();
        for (var missing : assessment.missingForSubmission()) {
            refused.add(new FieldError(missing.path(), "must be answered before submitting: " + missing.message()));
        }
        var note = changes == null || changes.isBlank() ? null : changes;
        if (assessment.getLatestVersion() > 0 && note == null) {
            refused.add(new FieldError("changes", "say what you changed since version " + assessment.getLatestVersion()
                    + ", so the reviewer knows what to look at"));
        } else if (note != null && note.length() > TEXT_MAX) {
            refused.add(new FieldError("changes", "may be at most " + TEXT_MAX + " characters, has " + note.length()));
        } else if (note != null && AssessmentValidator.plainText("changes", note) != null) {
            refused.add(AssessmentValidator.plainText("changes", note));
        }
        if (!refused.isEmpty()) {
            throw new InvalidAssessmentException(refused);
        }
        var recorded = assessment.getLatestVersion() == 0 ? null : note;
        var frozen = assessment.submit(currentUser.require(), Instant.now(clock), recorded);
        var after = assessments.store(assessment, expectedVersion, frozen);
        events.publishEvent(new AssessmentSubmitted(id, after.latestVersion(), after.score(), recorded));
        return after;
    }

    /**
     * Records a decision on the version it names. Product managers decide (request changes, approve, approve with
     * conditions, reject); an approval of a level IV or high-risk version then waits for leadership, who sign off (or
     * refuse). Nobody decides on their own assessment. Conflicts — someone decided or resubmitted meanwhile — are
     * refused whole: nothing is stored twice.
     */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME})
    @Transactional
    public AssessmentDetails decide(long id, DecisionRequest request) {
        var valid = ValidDecision.validate(request);
        var after = valid.decision().isSignOff() ? signOff(id, valid) : decideAsProductManager(id, valid);
        decisions.save(new ReviewDecision(id, valid.version(), valid.decision(), valid.conditions(), valid.rationale(),
                currentUser.require(), Instant.now(clock)));
        events.publishEvent(valid.decision().isSignOff()
                ? new SignOffRecorded(id, valid.version(), valid.decision(), valid.rationale(), after.status())
                : new DecisionRecorded(id, valid.version(), valid.decision(), valid.conditions(), valid.rationale(),
                        after.status(), after.awaitsSignOff()));
        return after;
    }

    /**
     * What {@link #decide} would refuse in the decision itself (a missing rationale, bad conditions), each named by
     * its field; empty when it is complete. Lets a page ask for confirmation only of a decision that can be recorded.
     */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME})
    public List<FieldError> problems(DecisionRequest request) {
        try {
            ValidDecision.validate(request);
            return List.of();
        } catch (InvalidAssessmentException e) {
            return e.errors();
        }
    }

    private AssessmentDetails decideAsProductManager(long id, ValidDecision valid) {
        if (!currentUser.hasRole(Role.PRODUCT_MANAGER)) {
            throw new AccessDeniedException("Only product managers decide on assessments; leadership signs off");
        }
        var action = valid.decision().action();
        var assessment = reviewable(id, valid.version(), action);
        if (assessment.getAwaitingSignOff() != null) {
            throw Lifecycle.IllegalTransitionException.because(assessment.getStatus(), action,
                    "it was already approved and waits for a leadership sign-off");
        }
        var expected = assessment.getVersion();
        var now = Instant.now(clock);
        if (action.isApproval() && signOffRequired(id, assessment.getLatestVersion())) {
            assessment.awaitSignOff(action, now);
        } else {
            assessment.apply(action, now);
        }
        return assessments.store(assessment, expected, null);
    }

    /** Leadership's word on an approval that waits: signing off lets it count; refusing rejects the assessment. */
    private AssessmentDetails signOff(long id, ValidDecision valid) {
        if (!currentUser.hasRole(Role.LEADERSHIP)) {
            throw new AccessDeniedException("Only leadership signs off an approval");
        }
        var assessment = reviewable(id, valid.version(), WorkflowAction.APPROVE);
        var pending = assessment.getAwaitingSignOff();
        if (pending == null) {
            throw Lifecycle.IllegalTransitionException.because(assessment.getStatus(), WorkflowAction.APPROVE,
                    "no approval waits for a leadership sign-off");
        }
        var expected = assessment.getVersion();
        assessment.apply(valid.decision() == DecisionType.SIGN_OFF ? pending : WorkflowAction.REJECT, Instant.now(clock));
        return assessments.store(assessment, expected, null);
    }

    /** Puts a decided assessment away (product managers and admins). */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.ADMIN_NAME})
    @Transactional
    public AssessmentDetails archive(long id, long expectedVersion) {
        var assessment = assessments.readable(id);
        requireVersion(assessment, expectedVersion);
        assessment.apply(WorkflowAction.ARCHIVE, Instant.now(clock));
        var after = assessments.store(assessment, expectedVersion, null);
        events.publishEvent(new AssessmentArchived(id));
        return after;
    }

    /**
     * Stops an approved project (PRODUCT.md §7). The tracking module calls this when a product manager decides STOP on a
     * re-review after a kill rule fired; the lifecycle move and its separation of duties are review's, like every other.
     */
    @RolesAllowed(Role.PRODUCT_MANAGER_NAME)
    @Transactional
    public AssessmentDetails stop(long id, String reason, String rationale) {
        var assessment = assessments.readable(id);
        if (assessment.getOwner().equals(currentUser.require())) {
            throw new AccessDeniedException("Separation of duties: you authored assessment " + id
                    + ", so someone else must decide whether it stops");
        }
        var expected = assessment.getVersion();
        assessment.apply(WorkflowAction.STOP, Instant.now(clock));
        var after = assessments.store(assessment, expected, null);
        events.publishEvent(new AssessmentStopped(id, reason, rationale));
        return after;
    }

    /**
     * The review queue, oldest submission first: for product managers what waits for their decision, for
     * leadership the approvals that wait for a sign-off. Never the caller's own assessments.
     */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME})
    @Transactional(readOnly = true)
    public Page<AssessmentSummary> reviewQueue(Pageable pageable) {
        var oldestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("submittedAt", "id"));
        return assessments.submittedByOthers(!currentUser.hasRole(Role.PRODUCT_MANAGER), oldestFirst);
    }

    /** How many wait in the caller's review queue (0 for roles without one): the navigation badge. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long reviewQueueCount() {
        if (!currentUser.hasRole(Role.PRODUCT_MANAGER) && !currentUser.hasRole(Role.LEADERSHIP)) {
            return 0;
        }
        return reviewQueue(PageRequest.of(0, 1)).getTotalElements();
    }

    /** Whether an approval of this assessment's version under review needs a leadership sign-off: level IV or high-risk. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean signOffRequired(long id) {
        var details = assessments.get(id);
        return signOffRequired(id, details.latestVersion());
    }

    private boolean signOffRequired(long id, int latestVersion) {
        if (latestVersion == 0) {
            return false;
        }
        return assessments.versions(id).stream().filter(v -> v.number() == latestVersion).findFirst()
                .map(ReviewService::needsSignOff).orElse(false);
    }

    private static boolean needsSignOff(VersionSummary v) {
        return v.ethicsLevel() == EthicsLevel.IV || v.euAiActTier() == EuAiActTier.HIGH_RISK;
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
        events.publishEvent(new CommentAdded(id, section, text));
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

    /** What the caller may do on this assessment; the methods above still check everything again. */
    @PreAuthorize("isAuthenticated()")
    public ReviewActions actionsFor(AssessmentDetails details) {
        var me = currentUser.require();
        boolean author = details.owner().equals(me);
        boolean inReview = details.status() == AssessmentStatus.SUBMITTED;
        boolean decided = Lifecycle.allowed(details.status()).contains(WorkflowAction.ARCHIVE);
        return new ReviewActions(
                details.editableByCaller(),
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
        int count = history.comments().size();
        if (count > 0) {
            parts.add(count + (count == 1 ? " comment" : " comments"));
        }
        return String.join(" · ", parts);
    }

    /** Loads an assessment for a reviewer: readable, not theirs, and the version they name is the one under review. */
    private Assessment reviewable(long id, int versionNumber, WorkflowAction action) {
        var assessment = assessments.readable(id);
        if (assessment.getOwner().equals(currentUser.require())) {
            throw new AccessDeniedException("Separation of duties: you authored assessment " + id
                    + ", so someone else must decide on it");
        }
        if (assessment.getStatus() != AssessmentStatus.SUBMITTED) {
            throw Lifecycle.IllegalTransitionException.because(assessment.getStatus(), action,
                    "it is " + assessment.getStatus().label().toLowerCase(Locale.ROOT) + ", not waiting for review");
        }
        if (versionNumber != assessment.getLatestVersion()) {
            throw new VersionMismatchException(id, versionNumber, assessment.getLatestVersion());
        }
        return assessment;
    }

    private static void requireVersion(Assessment assessment, long expectedVersion) {
        if (assessment.getVersion() != expectedVersion) {
            throw new StaleAssessmentException(assessment.getId(), expectedVersion, assessment.getVersion());
        }
    }

    static InvalidAssessmentException invalid(String path, String message) {
        return new InvalidAssessmentException(List.of(new FieldError(path, message)));
    }
}
