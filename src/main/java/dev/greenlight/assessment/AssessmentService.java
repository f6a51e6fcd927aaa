package dev.greenlight.assessment;

import dev.greenlight.assessment.AssessmentEvents.AnswersChanged;
import dev.greenlight.assessment.AssessmentEvents.AssessmentCreated;
import dev.greenlight.assessment.AssessmentEvents.AssessmentRescored;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentDocument.Validation;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.DocumentDiff;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.ReadableDiff;
import dev.greenlight.document.ScoringInputs;
import dev.greenlight.document.ValidationCsv;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringInput;
import dev.greenlight.scoring.ValueModelKind;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The security boundary for assessments. Rules (PRODUCT.md §1, issue 2): a draft is visible only to its
 * author and admins; every non-draft is readable by any signed-in user; only the author edits, and only
 * in DRAFT or CHANGES_REQUESTED. Views and the API call this; neither re-implements the rules.
 *
 * <p>It keeps the answers, the lists and the score. Moving an assessment through review (submit, decide, sign off,
 * archive, the review queue) is the review module's; it uses the workflow support methods at the end of this class.
 * What happens here is announced as {@link AssessmentEvents} inside the transaction, so the audit trail, which
 * listens, commits or rolls back with the action.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository repository;
    private final CurrentUser currentUser;
    private final AssessmentScoring scoring;
    private final AssessmentVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxUpload;

    AssessmentService(AssessmentRepository repository, CurrentUser currentUser, AssessmentScoring scoring,
                      AssessmentVersionRepository versions, ApplicationEventPublisher events, Clock clock,
                      @Value("${greenlight.validation.max-upload:200MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload.toBytes();
        this.repository = repository;
        this.currentUser = currentUser;
        this.scoring = scoring;
        this.versions = versions;
        this.events = events;
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
        events.publishEvent(new AssessmentCreated(saved.getId(), saved.getTitle()));
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
        var changes = DocumentDiff.between(before, saved.getDocument());
        if (!changes.isEmpty()) {
            events.publishEvent(new AnswersChanged(id, changes));
        }
        return details(saved);
    }

    /**
     * Measures the DETECTION benefit line numbered {@code line} on uploaded validation results, a CSV of
     * {@code score,label[,weight]} (PRODUCT.md §9.1): the file is read into the curve Greenlight keeps, never the
     * rows, the threshold goes back to the best, and the draft is saved and re-scored as any change is. Its author,
     * while it is editable; a bad file, a bad line or a stale save changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AssessmentDetails measure(long id, int line, String source, InputStream csv) throws IOException {
        var assessment = load(id);
        requireEditable(assessment);
        var document = assessment.getDocument();
        var benefits = document.financials() == null || document.financials().annualBenefits() == null ? List.of()
                : document.financials().annualBenefits();
        if (line < 0 || line >= benefits.size()) {
            throw new InvalidAssessmentException(List.of(new FieldError("line", "must name a benefit line, 0 to "
                    + (benefits.size() - 1) + ", was " + line)));
        }
        var estimate = document.financials().annualBenefits().get(line);
        if (estimate.derivedFrom() == null || estimate.derivedFrom().kind() != ValueModelKind.DETECTION) {
            throw new InvalidAssessmentException(List.of(new FieldError("financials.annualBenefits[" + line
                    + "].derivedFrom", "must be a DETECTION model: validation results measure a model that flags "
                    + "cases")));
        }
        var curve = ValidationCsv.read(csv, source, maxUpload);
        var measured = estimate.withDerivedFrom(estimate.derivedFrom().withValidation(Validation.of(curve)));
        return update(id, document.withBenefit(line, measured), assessment.getVersion());
    }

    /**
     * Submitted assessments the caller did not author: those waiting for a product manager's decision, or with
     * {@code awaitingSignOff} those whose approval waits for leadership. The review module's queue reads this.
     */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME})
    @Transactional(readOnly = true)
    public Page<AssessmentSummary> submittedByOthers(boolean awaitingSignOff, Pageable pageable) {
        return repository.findReviewQueue(currentUser.require(), awaitingSignOff, pageable).map(AssessmentSummary::of);
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

    /** Every answer that differs between two submissions, and how the money, score, recommendation, level and tier moved. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VersionComparison compare(long id, int from, int to) {
        requireReadable(load(id));
        var a = loadVersion(id, from);
        var b = loadVersion(id, to);
        var fromScore = a.scoreResult();
        var toScore = b.scoreResult();
        var currency = toScore != null ? toScore.financials().currency() : fromScore == null ? null : fromScore.financials().currency();
        return new VersionComparison(a.summary(), b.summary(), DocumentDiff.between(a.getDocument(), b.getDocument()),
                ReadableDiff.between(a.getDocument(), b.getDocument()), figures(fromScore), figures(toScore), currency);
    }

    private static VersionComparison.Figures figures(ScoreResult score) {
        return score == null ? VersionComparison.Figures.NONE
                : new VersionComparison.Figures(score.financials().npv(), score.financials().riskAdjustedNpv());
    }

    /** Every assessment that has a current score, with its answers (the scoring model's preview and re-score). */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<ScoredAssessment> scored() {
        return repository.findAll().stream().filter(a -> a.scoreSummary() != null)
                .map(a -> new ScoredAssessment(a.getId(), a.getTitle(), a.getDocument(), a.scoreSummary(), a.euRulesReviewed()))
                .toList();
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
        // the model that computed this score, not whichever is newest by now (another instance may have saved one)
        var model = after == null ? scoring.model().version() : after.modelVersion();
        events.publishEvent(new AssessmentRescored(id, model, before, after));
        return details(saved);
    }

    /**
     * Scores a document without storing it (the API's {@code POST /score}). Invalid
     * input, or too little of it to score, is refused with the fields named.
     */
    @PreAuthorize("isAuthenticated()")
    public ScoreResult score(AssessmentDocument document, Locale locale) {
        AssessmentValidator.requireValid(document);
        return scoring.score(document, locale == null ? Locale.US : locale)
                .orElseThrow(() -> new InvalidAssessmentException(ScoringInputs.missingForScore(document)));
    }

    /**
     * Scores a document if it has enough to score, empty otherwise; never stores anything. The wizard uses it when it
     * opens an assessment whose stored score came from an older model.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ScoreResult> preview(AssessmentDocument document, Locale locale) {
        if (!AssessmentValidator.validate(document).isEmpty()) {
            return Optional.empty();
        }
        return scoring.score(document, locale == null ? Locale.US : locale);
    }

    /** The engine's input for a document, or empty while it is too incomplete to score. */
    public Optional<ScoringInput> scoringInput(AssessmentDocument document) {
        return ScoringInputs.missingForScore(document).isEmpty()
                ? Optional.of(scoring.input(document, Locale.US)) : Optional.empty();
    }

    /** What must still be answered before a document can be scored. */
    public List<FieldError> missingForScore(AssessmentDocument document) {
        return ScoringInputs.missingForScore(document);
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

    // Workflow support for the review module, which owns the lifecycle: it loads an assessment under the same access
    // rules, moves it with the entity's lifecycle methods and stores it under the optimistic lock. ArchitectureTest
    // keeps the entity and these methods to the assessment and review modules.

    /** The assessment, if the caller may read it (a draft only for its author and admins). */
    @PreAuthorize("isAuthenticated()")
    public Assessment readable(long id) {
        var assessment = load(id);
        requireReadable(assessment);
        return assessment;
    }

    /** The assessment, if the caller may change it: its author, while it is a draft or changes were requested. */
    @PreAuthorize("isAuthenticated()")
    public Assessment editable(long id) {
        var assessment = load(id);
        requireEditable(assessment);
        return assessment;
    }

    /** Stores a moved assessment (and the version it froze, if any) and returns it as the caller sees it. */
    @PreAuthorize("isAuthenticated()")
    public AssessmentDetails store(Assessment assessment, long expectedVersion, AssessmentVersion frozen) {
        var saved = save(assessment, expectedVersion);
        if (frozen != null) {
            versions.save(frozen);
        }
        return details(saved);
    }

    /** Saves with the optimistic lock; a concurrent writer makes this one fail cleanly and apply nothing. */
    private Assessment save(Assessment assessment, long expectedVersion) {
        try {
            return repository.saveAndFlush(assessment);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleAssessmentException(assessment.getId(), expectedVersion, expectedVersion + 1);
        }
    }

    /** The titles of those of {@code ids} the caller may read (the audit trail names what it lists). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> titles(java.util.Collection<Long> ids) {
        var me = currentUser.require();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        var titles = new java.util.HashMap<Long, String>();
        for (var a : repository.findAllById(ids)) {
            if (a.getStatus() != AssessmentStatus.DRAFT || a.getOwner().equals(me) || admin) {
                titles.put(a.getId(), a.getTitle());
            }
        }
        return titles;
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
                ScoringInputs.missingForScore(a.getDocument()), a.getOwner().equals(me) && a.getStatus().editable(),
                a.getLatestVersion(), a.getSubmittedAt(), a.getAwaitingSignOff());
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
