package dev.greenlight.review;

import dev.greenlight.document.Questionnaire;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One comment in an assessment's thread, optionally pinned to a section. */
@Entity
@Immutable
@Table(name = "review_comment")
class ReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, updatable = false)
    private Questionnaire.Step section;

    @Column(nullable = false, length = ReviewService.TEXT_MAX, updatable = false)
    private String body;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewComment() {
    }

    ReviewComment(long assessmentId, Integer versionNumber, Questionnaire.Step section, String body, String author, Instant createdAt) {
        this.assessmentId = assessmentId;
        this.versionNumber = versionNumber;
        this.section = section;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    CommentRecord toRecord() {
        return new CommentRecord(id, assessmentId, versionNumber, section, body, author, createdAt);
    }
}
