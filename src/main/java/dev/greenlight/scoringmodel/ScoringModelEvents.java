package dev.greenlight.scoringmodel;

import java.util.List;

/** What the scoring model's administration announces, in the past tense; the audit trail listens (decision 006). */
public final class ScoringModelEvents {

    private ScoringModelEvents() {
    }

    /** An admin re-scored everything that was scored with an older model. */
    public record AllRescored(int count, String modelVersion) {
    }

    /** An admin saved a new scoring model version; {@code differences} are "name old → new" lines. */
    public record ScoringModelSaved(String oldVersion, String newVersion, List<String> differences) {
        public ScoringModelSaved {
            differences = List.copyOf(differences);
        }
    }
}
