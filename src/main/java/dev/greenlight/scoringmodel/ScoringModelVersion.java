package dev.greenlight.scoringmodel;

import java.time.Instant;

/** One scoring model version in the administrator's history; v1 is built in (no author, no date). */
public record ScoringModelVersion(String version, ScoringParameters parameters, String createdBy, Instant createdAt) {
}
