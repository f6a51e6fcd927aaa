package dev.greenlight.assessment;

import dev.greenlight.document.FieldChange;
import dev.greenlight.document.ReadableChange;
import java.util.List;

/**
 * Two submissions side by side: every changed answer by its JSON path ({@code changes}, for machines) and in a
 * reviewer's words ({@code readable}), and how the NPV, risk-adjusted NPV, score, recommendation, level and tier moved.
 *
 * @param from     the earlier version's score, null figures where it was not scored
 * @param currency the later version's currency (the earlier one's when the later has none)
 */
public record VersionComparison(VersionSummary from, VersionSummary to, List<FieldChange> changes,
                                List<ReadableChange> readable, Figures fromFigures, Figures toFigures, String currency) {

    /** The money a version was scored at; null where it was not scored. */
    public record Figures(Double npv, Double riskAdjustedNpv) {
        static final Figures NONE = new Figures(null, null);
    }

    public VersionComparison {
        changes = List.copyOf(changes);
        readable = List.copyOf(readable);
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
