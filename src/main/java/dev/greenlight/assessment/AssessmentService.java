package dev.greenlight.assessment;

import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security boundary for assessments. Rules (PRODUCT.md §1, issue 2): a draft is visible only to its
 * author and admins; every non-draft is readable by any signed-in user; only the author edits, and only
 * in DRAFT or CHANGES_REQUESTED. Views and the API call this; neither re-implements the rules.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository repository;
    private final CurrentUser currentUser;
    private final AssessmentScoring scoring;
    private final Clock clock;

    AssessmentService(AssessmentRepository repository, CurrentUser currentUser, AssessmentScoring scoring, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.scoring = scoring;
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
        return details(repository.saveAndFlush(assessment));
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
        assessment.setDocument(normalise(document), Instant.now(clock));
        scoring.apply(assessment);
        try {
            return details(repository.saveAndFlush(assessment));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleAssessmentException(id, expectedVersion, expectedVersion + 1);
        }
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
        assessment.setStatus(AssessmentStatus.SUBMITTED, Instant.now(clock));
        return details(repository.saveAndFlush(assessment));
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
    public java.util.Optional<ScoreResult> preview(AssessmentDocument document, Locale locale) {
        if (!AssessmentValidator.validate(document).isEmpty()) {
            return java.util.Optional.empty();
        }
        return scoring.score(document, locale == null ? Locale.US : locale);
    }

    /** The engine's input for a document, or empty while it is too incomplete to score. */
    public java.util.Optional<dev.greenlight.scoring.ScoringInput> scoringInput(AssessmentDocument document) {
        return AssessmentScoring.missingForScore(document).isEmpty()
                ? java.util.Optional.of(scoring.input(document, Locale.US)) : java.util.Optional.empty();
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
            throw new AccessDeniedException("Assessment " + a.getId() + " is " + a.getStatus().label().toLowerCase(Locale.ROOT)
                    + ": it can be changed only as a draft or when changes were requested");
        }
    }

    private AssessmentDetails details(Assessment a) {
        var me = currentUser.username().orElse("");
        var scoreResult = a.getScoreDocument() == null ? null
                : AssessmentJson.scoreMapper().readValue(a.getScoreDocument(), ScoreResult.class);
        return new AssessmentDetails(a.getId(), a.getDocument(), a.getStatus(), a.getOwner(), a.getVersion(),
                a.getCreatedAt(), a.getUpdatedAt(), a.scoreSummary(), scoreResult,
                AssessmentScoring.missingForScore(a.getDocument()), a.getOwner().equals(me) && a.getStatus().editable());
    }

    private static AssessmentDocument normalise(AssessmentDocument doc) {
        var title = doc.title().strip();
        return doc.schemaVersion() == null
                ? new AssessmentDocument(AssessmentDocument.SCHEMA_VERSION, title, doc.summary(), doc.team(), doc.problem(),
                        doc.successMetric(), doc.financials(), doc.ethics())
                : doc.withTitle(title);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
