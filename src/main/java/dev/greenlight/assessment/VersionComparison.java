package dev.greenlight.assessment;

import java.util.List;

/** Two submissions side by side: every changed answer, and how the score, recommendation, level and tier moved. */
public record VersionComparison(VersionSummary from, VersionSummary to, List<FieldChange> changes) {

    public VersionComparison {
        changes = List.copyOf(changes);
    }

    public Double scoreDelta() {
        return from.score() == null || to.score() == null ? null : to.score() - from.score();
    }

    public boolean recommendationChanged() {
        return !java.util.Objects.equals(from.recommendation(), to.recommendation());
    }

    public boolean levelChanged() {
        return !java.util.Objects.equals(from.ethicsLevel(), to.ethicsLevel());
    }

    public boolean tierChanged() {
        return !java.util.Objects.equals(from.euAiActTier(), to.euAiActTier());
    }
}
