package dev.greenlight.portfolio;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.tracking.TrackingStatus;
import java.util.Set;

/**
 * What leadership narrows the portfolio to. Empty sets and blank texts mean "any". Drafts are never part
 * of the portfolio, whatever the filter says.
 *
 * @param team exact team name, or blank
 * @param text     searched in title, team and owner (case-insensitive, anywhere in the text)
 * @param tracking how approved projects are doing (PRODUCT.md §7); {@code NO_DATA} includes approved ones never reported
 * @param alternativeReturnsAsMuch only projects whose priced non-AI alternative returns as much or more
 *                                 (PRODUCT.md §6.2)
 */
public record PortfolioFilter(Set<AssessmentStatus> statuses, Set<Recommendation> recommendations,
                              Set<EthicsLevel> levels, Set<EuAiActTier> tiers, String team, String text,
                              Set<TrackingStatus> tracking, boolean alternativeReturnsAsMuch) {

    /** Any priced alternative. */
    public PortfolioFilter(Set<AssessmentStatus> statuses, Set<Recommendation> recommendations, Set<EthicsLevel> levels,
                           Set<EuAiActTier> tiers, String team, String text, Set<TrackingStatus> tracking) {
        this(statuses, recommendations, levels, tiers, team, text, tracking, false);
    }

    /** Any tracking status. */
    public PortfolioFilter(Set<AssessmentStatus> statuses, Set<Recommendation> recommendations, Set<EthicsLevel> levels,
                           Set<EuAiActTier> tiers, String team, String text, boolean alternativeReturnsAsMuch) {
        this(statuses, recommendations, levels, tiers, team, text, null, alternativeReturnsAsMuch);
    }

    public static final int TEXT_MAX = 200;

    public PortfolioFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        recommendations = recommendations == null ? Set.of() : Set.copyOf(recommendations);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        tracking = tracking == null ? Set.of() : Set.copyOf(tracking);
        team = team == null ? "" : team.strip();
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_MAX) {
            throw new InvalidPortfolioRequestException("text", "at most " + TEXT_MAX + " characters");
        }
    }

    /** Any tracking status. */
    public PortfolioFilter(Set<AssessmentStatus> statuses, Set<Recommendation> recommendations, Set<EthicsLevel> levels,
                           Set<EuAiActTier> tiers, String team, String text) {
        this(statuses, recommendations, levels, tiers, team, text, null, false);
    }

    public static PortfolioFilter all() {
        return new PortfolioFilter(null, null, null, null, null, null);
    }

    /** The filter in words, for the audit trail: "all" or e.g. {@code status APPROVED; team "Retail Risk"}. */
    public String describe() {
        var parts = new java.util.ArrayList<String>();
        add(parts, "status", statuses);
        add(parts, "recommendation", recommendations);
        add(parts, "level", levels);
        add(parts, "tier", tiers);
        add(parts, "tracking", tracking);
        if (!team.isEmpty()) {
            parts.add("team \"" + team + "\"");
        }
        if (!text.isEmpty()) {
            parts.add("text \"" + text + "\"");
        }
        if (alternativeReturnsAsMuch) {
            parts.add("non-AI alternative returns as much or more");
        }
        return parts.isEmpty() ? "all" : String.join("; ", parts);
    }

    private static void add(java.util.List<String> parts, String name, Set<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            parts.add(name + " " + values.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(", ")));
        }
    }
}
