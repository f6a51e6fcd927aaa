package dev.greenlight.assessment;

import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringInput;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security boundary for assessments. Rules (PRODUCT.md §1, issue 2): a draft is visible only to its
 * author and admins; every non-draft is readable by any signed-in user; only the author edits, and only
 * in DRAFT or CHANGES_REQUESTED. Views and the API call this; neither re-implements the rules.
 *
 * <p>Review (issue 6): a submission freezes a numbered {@link VersionSummary version}; product managers decide on
 * the newest version of someone else's assessment; an approval of a level IV or high-risk assessment waits for a
 * leadership sign-off before it counts. Every move follows {@link Lifecycle}, and every action is audited in the
 * same transaction.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository repository;
    private final CurrentUser currentUser;
    private final AssessmentScoring scoring;
    private final AssessmentVersionRepository versions;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentService(AssessmentRepository repository, CurrentUser currentUser, AssessmentScoring scoring,
                      AssessmentVersionRepository versions, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.scoring = scoring;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<AssessmentSummary> list(AssessmentFilter filter, Pageable pageable) {
        var title = filter.titleContains() == null || filter.titleContains().isBlank() ? ""
                : "%" + escapeLike(filter.titleContains().trim().toLowerCase(Locale.ROOT)) + "%";
        var statuses = filter.statuses().isEmpty() ? EnumSet.allOf(AssessmentStatus.class) : EnumSet.copyOf(filter.statuses());
        return repository.findVisible(currentUser.require(), filter.mineOnly(), currentUser.hasRole(Role.ADMIN), title,
                filter.statuses().isEmpty(), statuses, pageable).map(AssessmentSummary::of);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssessmentDetails get(long id) {
        var assessment = load(id);
        requireReadable(assessment);
        return details(assessment);
    }

    @RolesAllowed({Role.ENGINEER_NAME, Role.PRODUCT_MANAGER_NAME})
    @Transactional
    public AssessmentDetails create(AssessmentDocument document) {
        AssessmentValidator.requireValid(document);
        var now = Instant.now(clock);
        var assessment = new Assessment(currentUser.require(), normalise(document), now);
        scoring.apply(assessment);
        var saved = repository.saveAndFlush(assessment);
        audit.record(AuditAction.CREATED, saved.getId(), "Created “" + saved.getTitle() + "”");
        return details(saved);
    }

    /**
     * Replaces the answers. {@code expectedVersion} is the version the caller read; if someone saved since,
     * nothing is written and {@link StaleAssessmentException} says so.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AssessmentDetails update(long id, AssessmentDocument document, long expectedVersion) {
        var assessment = load(id);
        requireEditable(assessment);
        AssessmentValidator.requireValid(document);
        if (assessment.getVersion() != expectedVersion) {
            throw new StaleAssessmentException(id, expectedVersion, assessment.getVersion());
        }
        var before = assessment.getDocument();
        assessment.setDocument(normalise(document), Instant.now(clock));
        scoring.apply(assessment);
        var saved = save(assessment, expectedVersion);
        for (var change : DocumentDiff.between(before, saved.getDocument())) {
            audit.record(AuditAction.CHANGED, id, change.toString());
        }
        return details(saved);
    }

    /** Hands the assessment to product managers for review. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AssessmentDetails submit(long id, long expectedVersion) {
        var assessment = load(id);
        requireEditable(assessment);
        if (assessment.getVersion() != expectedVersion) {
            throw new StaleAssessmentException(id, expectedVersion, assessment.getVersion());
        }
        var version = assessment.submit(currentUser.require(), Instant.now(clock));
        var saved = save(assessment, expectedVersion);
        versions.save(version);
        var score = saved.scoreSummary();
        audit.record(AuditAction.SUBMITTED, id, "Submitted version " + saved.getLatestVersion()
                + (score == null ? " (not scored)" : String.format(Locale.ROOT, " (score %.1f, %s, level %s, %s, model %s)",
                score.score(), score.recommendation(), score.ethicsLevel(), score.euAiActTier(), score.modelVersion())));
        return details(saved);
    }

    /**
     * A product manager's decision on the version under review. Separation of duties: never on an assessment
     * the caller authored. An approval that needs a leadership sign-off leaves the status SUBMITTED and waits.
     * Audited by the review service, which also stores the decision's conditions and rationale.
     */
    @RolesAllowed(Role.PRODUCT_MANAGER_NAME)
    @Transactional
    public AssessmentDetails decide(long id, int versionNumber, WorkflowAction action) {
        if (!action.isDecision()) {
            throw new IllegalArgumentException(action + " is not a review decision");
        }
        var assessment = reviewable(id, versionNumber, action);
        if (assessment.getAwaitingSignOff() != null) {
            throw Lifecycle.IllegalTransitionException.because(assessment.getStatus(), action,
                    "it was already approved and waits for a leadership sign-off");
        }
        var now = Instant.now(clock);
        var expected = assessment.getVersion();
        if (action.isApproval() && signOffRequired(assessment)) {
            assessment.awaitSignOff(action, now);
        } else {
            assessment.apply(action, now);
        }
        return details(save(assessment, expected));
    }

    /**
     * Leadership's sign-off on an approval of a level IV or high-risk assessment: {@code approve} lets the
     * approval count; refusing rejects the assessment. Never on an assessment the caller authored.
     */
    @RolesAllowed(Role.LEADERSHIP_NAME)
    @Transactional
    public AssessmentDetails signOff(long id, int versionNumber, boolean approve) {
        var assessment = reviewable(id, versionNumber, WorkflowAction.APPROVE);
        var pending = assessment.getAwaitingSignOff();
        if (pending == null) {
            throw Lifecycle.IllegalTransitionException.because(assessment.getStatus(), WorkflowAction.APPROVE,
                    "no approval waits for a leadership sign-off");
        }
        var expected = assessment.getVersion();
        assessment.apply(approve ? pending : WorkflowAction.REJECT, Instant.now(clock));
        return details(save(assessment, expected));
    }

    /** Puts a decided assessment away (product managers and admins). */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.ADMIN_NAME})
    @Transactional
    public AssessmentDetails archive(long id, long expectedVersion) {
        var assessment = load(id);
        requireReadable(assessment);
        if (assessment.getVersion() != expectedVersion) {
            throw new StaleAssessmentException(id, expectedVersion, assessment.getVersion());
        }
        assessment.apply(WorkflowAction.ARCHIVE, Instant.now(clock));
        var saved = save(assessment, expectedVersion);
        audit.record(AuditAction.DECIDED, id, "Archived");
        return details(saved);
    }

    /**
     * The review queue, oldest submission first: for product managers what waits for their decision, for
     * leadership the approvals that wait for a sign-off. Never the caller's own assessments.
     */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME})
    @Transactional(readOnly = true)
    public Page<AssessmentSummary> reviewQueue(Pageable pageable) {
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("submittedAt", "id"));
        return repository.findReviewQueue(currentUser.require(), !currentUser.hasRole(Role.PRODUCT_MANAGER), sorted)
                .map(AssessmentSummary::of);
    }

    /** How many wait in the caller's review queue (0 for roles without one): the navigation badge. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long reviewQueueCount() {
        if (!currentUser.hasRole(Role.PRODUCT_MANAGER) && !currentUser.hasRole(Role.LEADERSHIP)) {
            return 0;
        }
        return repository.findReviewQueue(currentUser.require(), !currentUser.hasRole(Role.PRODUCT_MANAGER),
                PageRequest.of(0, 1)).getTotalElements();
    }

    /** The frozen submissions, oldest first (same access rule as reading the assessment). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<VersionSummary> versions(long id) {
        requireReadable(load(id));
        return versions.findByAssessmentIdOrderByNumberAsc(id).stream().map(AssessmentVersion::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VersionDetails version(long id, int number) {
        requireReadable(load(id));
        var v = loadVersion(id, number);
        return new VersionDetails(v.summary(), v.getDocument(), v.getScoreDocument() == null ? null
                : AssessmentJson.scoreMapper().readValue(v.getScoreDocument(), ScoreResult.class));
    }

    /** Every answer that differs between two submissions, and how the score, recommendation, level and tier moved. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VersionComparison compare(long id, int from, int to) {
        requireReadable(load(id));
        var a = loadVersion(id, from);
        var b = loadVersion(id, to);
        return new VersionComparison(a.summary(), b.summary(), DocumentDiff.between(a.getDocument(), b.getDocument()));
    }

    /** Recomputes the current score with the model in force now; frozen versions keep theirs. Admins only, audited. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public AssessmentDetails rescore(long id) {
        var assessment = load(id);
        var before = assessment.scoreSummary();
        scoring.apply(assessment);
        var after = assessment.scoreSummary();
        var saved = save(assessment, assessment.getVersion());
        audit.record(AuditAction.RESCORED, id, "Re-scored with model " + scoring.model().version() + ": "
                + describe(before) + " → " + describe(after));
        return details(saved);
    }

    private static String describe(ScoreSummary s) {
        return s == null ? "no score" : String.format(Locale.ROOT, "%.1f %s (model %s)", s.score(), s.recommendation(), s.modelVersion());
    }

    /**
     * Scores a document without storing it (the API's {@code POST /score}, the wizard's live panel). Invalid
     * input, or too little of it to score, is refused with the fields named.
     */
    @PreAuthorize("isAuthenticated()")
    public ScoreResult score(AssessmentDocument document, Locale locale) {
        AssessmentValidator.requireValid(document);
        return scoring.score(document, locale == null ? Locale.US : locale)
                .orElseThrow(() -> new InvalidAssessmentException(AssessmentScoring.missingForScore(document)));
    }

    /** Scores a document if it has enough to score, for live previews; empty otherwise. Never stores anything. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ScoreResult> preview(AssessmentDocument document, Locale locale) {
        if (!AssessmentValidator.validate(document).isEmpty()) {
            return Optional.empty();
        }
        return scoring.score(document, locale == null ? Locale.US : locale);
    }

    /** The engine's input for a document, or empty while it is too incomplete to score. */
    public Optional<ScoringInput> scoringInput(AssessmentDocument document) {
        return AssessmentScoring.missingForScore(document).isEmpty()
                ? Optional.of(scoring.input(document, Locale.US)) : Optional.empty();
    }

    /** What must still be answered before a document can be scored. */
    public java.util.List<FieldError> missingForScore(AssessmentDocument document) {
        return AssessmentScoring.missingForScore(document);
    }

    /** The scoring model's default discount rate, to pre-fill new ROI sections. */
    public double defaultDiscountRate() {
        return scoring.model().defaultDiscountRate();
    }

    /** The scoring model scores are computed with now. */
    public String modelVersion() {
        return scoring.model().version();
    }

    private AssessmentVersion loadVersion(long id, int number) {
        return versions.findByAssessmentIdAndNumber(id, number).orElseThrow(() -> new InvalidAssessmentException(
                List.of(new FieldError("version", "assessment " + id + " has no version " + number))));
    }

    /** Loads an assessment for a reviewer: readable, not theirs, and the version they name is the one under review. */
    private Assessment reviewable(long id, int versionNumber, WorkflowAction action) {
        var assessment = load(id);
        requireReadable(assessment);
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

    /** Level IV or a high-risk tier, judged on the version under review. */
    private boolean signOffRequired(Assessment a) {
        if (a.getLatestVersion() == 0) {
            return false;
        }
        var v = versions.findByAssessmentIdAndNumber(a.getId(), a.getLatestVersion()).map(AssessmentVersion::summary).orElse(null);
        return v != null && (EthicsLevel.IV.name().equals(v.ethicsLevel()) || EuAiActTier.HIGH_RISK.name().equals(v.euAiActTier()));
    }

    /** Saves with the optimistic lock; a concurrent writer makes this one fail cleanly and apply nothing. */
    private Assessment save(Assessment assessment, long expectedVersion) {
        try {
            return repository.saveAndFlush(assessment);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleAssessmentException(assessment.getId(), expectedVersion, expectedVersion + 1);
        }
    }

    private Assessment load(long id) {
        return repository.findById(id).orElseThrow(() -> new AssessmentNotFoundException(id));
    }

    private void requireReadable(Assessment a) {
        var me = currentUser.require();
        if (a.getStatus() == AssessmentStatus.DRAFT && !a.getOwner().equals(me) && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Assessment " + a.getId() + " is a draft: only its author can see it");
        }
    }

    private void requireEditable(Assessment a) {
        requireReadable(a);
        if (!a.getOwner().equals(currentUser.require())) {
            throw new AccessDeniedException("Only the author (" + a.getOwner() + ") can change assessment " + a.getId());
        }
        if (!a.getStatus().editable()) {
            throw Lifecycle.IllegalTransitionException.notEditable(a.getStatus(), "Assessment " + a.getId() + " is "
                    + a.getStatus().label().toLowerCase(Locale.ROOT) + ": it can be changed only as a draft or when changes were requested");
        }
    }

    private AssessmentDetails details(Assessment a) {
        var me = currentUser.username().orElse("");
        var scoreResult = a.getScoreDocument() == null ? null
                : AssessmentJson.scoreMapper().readValue(a.getScoreDocument(), ScoreResult.class);
        return new AssessmentDetails(a.getId(), a.getDocument(), a.getStatus(), a.getOwner(), a.getVersion(),
                a.getCreatedAt(), a.getUpdatedAt(), a.scoreSummary(), scoreResult,
                AssessmentScoring.missingForScore(a.getDocument()), a.getOwner().equals(me) && a.getStatus().editable(),
                a.getLatestVersion(), a.getSubmittedAt(), a.getAwaitingSignOff(), signOffRequired(a));
    }

    /** Stores what was sent (the title too, surrounding spaces and all); only a missing schema version is filled in. */
    private static AssessmentDocument normalise(AssessmentDocument doc) {
        return doc.schemaVersion() == null
                ? new AssessmentDocument(AssessmentDocument.SCHEMA_VERSION, doc.title(), doc.summary(), doc.team(), doc.problem(),
                        doc.successMetric(), doc.financials(), doc.ethics())
                : doc;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
