package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What was submitted, frozen: the answers, the score document and the model that computed it. Never changes. */
@Entity
@Immutable
@Table(name = "assessment_version")
public class AssessmentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Convert(converter = DocumentConverter.class)
    @Column(nullable = false, length = Assessment.DOCUMENT_MAX, updatable = false)
    private AssessmentDocument document;

    @Column(name = "score_document", length = Assessment.DOCUMENT_MAX, updatable = false)
    private String scoreDocument;

    @Column(name = "model_version", length = 16, updatable = false)
    private String modelVersion;

    @Column(updatable = false)
    private Double score;

    @Enumerated(EnumType.STRING)
    @Column(length = 32, updatable = false)
    private Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethics_level", length = 4, updatable = false)
    private EthicsLevel ethicsLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "eu_tier", length = 16, updatable = false)
    private EuAiActTier euTier;

    @Column(name = "submitted_by", nullable = false, length = 64, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected AssessmentVersion() {
    }

    /** What the author said changed since the version before; null for a first submission. */
    @Column(name = "change_note", length = 4000)
    private String changeNote;

    AssessmentVersion(Assessment a, int number, String submittedBy, Instant submittedAt, String changeNote) {
        this.changeNote = changeNote;
        this.assessmentId = a.getId();
        this.number = number;
        this.document = a.getDocument();
        this.scoreDocument = a.getScoreDocument();
        var s = a.scoreSummary();
        this.modelVersion = s == null ? null : s.modelVersion();
        this.score = s == null ? null : s.score();
        this.recommendation = s == null ? null : s.recommendation();
        this.ethicsLevel = s == null ? null : s.ethicsLevel();
        this.euTier = s == null ? null : s.euAiActTier();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    AssessmentDocument getDocument() {
        return document;
    }

    String getScoreDocument() {
        return scoreDocument;
    }

    /** The score document frozen with this version, or null when it was not scored. */
    dev.greenlight.scoring.ScoreResult scoreResult() {
        return scoreDocument == null ? null
                : AssessmentJson.scoreMapper().readValue(scoreDocument, dev.greenlight.scoring.ScoreResult.class);
    }

    VersionSummary summary() {
        return new VersionSummary(assessmentId, number, submittedBy, submittedAt, modelVersion, score, recommendation, ethicsLevel, euTier,
                changeNote);
    }
}
