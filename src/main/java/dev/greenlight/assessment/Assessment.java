package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.Completeness;
import dev.greenlight.document.FieldError;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The assessment aggregate. The questionnaire is stored whole as its §2.2 JSON document (it is nested,
 * versioned and exchanged as one piece; see docs/decisions/001); what lists sort and filter on is copied
 * into indexed columns on every save.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    static final int DOCUMENT_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = AssessmentValidator.TITLE_MAX)
    private String title;

    @Column(length = AssessmentValidator.TEAM_MAX)
    private String team;

    @Column(nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AssessmentStatus status;

    @Convert(converter = DocumentConverter.class)
    @Column(nullable = false, length = DOCUMENT_MAX)
    private AssessmentDocument document;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @Embedded
    private ScoreColumns score;
    @Column(length = 3)
    private String currency;
    @Column(name = "score_document", length = DOCUMENT_MAX)
    private String scoreDocument;

    /** The EU AI Act obligations of the latest score (V8 migration); replaced whenever the score is. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "assessment_obligation",
            joinColumns = @jakarta.persistence.JoinColumn(name = "assessment_id"))
    @jakarta.persistence.OrderColumn(name = "seq")
    private java.util.List<DueObligation> obligations = new java.util.ArrayList<>();
    @Column(name = "eu_rules_reviewed")
    private java.time.LocalDate euRulesReviewed;

    @Column(name = "submitted_at")
    private Instant submittedAt;
    /** The number of the newest frozen version; 0 until the first submission. */
    @Column(name = "latest_version", nullable = false)
    private int latestVersion;
    /** The approval ({@link WorkflowAction#APPROVE} or with conditions) that waits for leadership; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "awaiting_sign_off", length = 32)
    private WorkflowAction awaitingSignOff;

    protected Assessment() {
    }

    Assessment(String owner, AssessmentDocument document, Instant now) {
        this.owner = owner;
        this.status = AssessmentStatus.DRAFT;
        this.createdAt = now;
        setDocument(document, now);
    }

    void setDocument(AssessmentDocument document, Instant now) {
        this.document = document;
        this.title = document.title();
        this.team = document.team();
        this.currency = document.financials() == null ? null : document.financials().currency();
        this.updatedAt = now;
    }

    void setStatus(AssessmentStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** The EU AI Act part of a new score: its obligations and the rules file's review date (null: none). */
    void setEuAiAct(java.time.LocalDate rulesReviewed, java.util.List<DueObligation> dueObligations) {
        this.euRulesReviewed = rulesReviewed;
        this.obligations.clear();
        this.obligations.addAll(dueObligations);
    }

    /** The review date of the EU AI Act rules the stored score used; null without a score or from before v2. */
    public java.time.LocalDate euRulesReviewed() {
        return euRulesReviewed;
    }

    void setScore(ScoreSummary summary, String scoreDocument) {
        this.score = ScoreColumns.of(summary);
        this.scoreDocument = scoreDocument;
    }

    /** Moves through the lifecycle; an illegal move throws and changes nothing. */
    public AssessmentStatus apply(WorkflowAction action, Instant now) {
        var next = Lifecycle.next(status, action);
        this.status = next;
        this.awaitingSignOff = null;
        this.updatedAt = now;
        return next;
    }

    /** What must still be answered before this may be submitted ({@link Completeness}). */
    public java.util.List<FieldError> missingForSubmission() {
        return Completeness.missing(getDocument());
    }

    /** Freezes what is being submitted as the next numbered version, with what the author says changed (null on the first). */
    public AssessmentVersion submit(String by, Instant now, String changeNote) {
        apply(WorkflowAction.SUBMIT, now);
        this.submittedAt = now;
        this.latestVersion++;
        return new AssessmentVersion(this, latestVersion, by, now, changeNote);
    }

    public void awaitSignOff(WorkflowAction approval, Instant now) {
        Lifecycle.next(status, approval);
        this.awaitingSignOff = approval;
        this.updatedAt = now;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public WorkflowAction getAwaitingSignOff() {
        return awaitingSignOff;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    String getTeam() {
        return team;
    }

    public String getOwner() {
        return owner;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    AssessmentDocument getDocument() {
        return document;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    String getScoreDocument() {
        return scoreDocument;
    }

    public ScoreSummary scoreSummary() {
        return score == null || score.score() == null ? null : score.summary(currency);
    }
}
