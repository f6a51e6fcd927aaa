package dev.greenlight.scoringmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A scoring model version saved by an administrator: the parameters as JSON. Never changed, only superseded. */
@Entity
@Immutable
@Table(name = "scoring_model")
class StoredScoringModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16, updatable = false)
    private String version;

    @Column(nullable = false, length = 4000, updatable = false)
    private String parameters;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredScoringModel() {
    }

    StoredScoringModel(String version, String parameters, String createdBy, Instant createdAt) {
        this.version = version;
        this.parameters = parameters;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String getVersion() {
        return version;
    }

    String getParameters() {
        return parameters;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
