package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a score and the ethics result into a recommendation, applying the caps of PRODUCT.md §3.3. */
public final class Recommender {

    /**
     * @param byScore        what the thresholds alone give
     * @param recommendation after the EU AI Act and ethics caps
     * @param reasons        one sentence per rule that changed the outcome, in the order applied
     */
    public record Decision(Recommendation byScore, Recommendation recommendation, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    private Recommender() {
    }

    public static Recommendation byScore(double score, ScoringModel model) {
        if (score >= model.goThreshold()) {
            return Recommendation.GO;
        }
        if (score >= model.conditionsThreshold()) {
            return Recommendation.GO_WITH_CONDITIONS;
        }
        if (score >= model.reviseThreshold()) {
            return Recommendation.REVISE;
        }
        return Recommendation.NO_GO;
    }

    public static Decision decide(double score, EthicsResult ethics, Set<Mitigation> mitigations,
                                  ScoringModel model) {
        Recommendation byScore = byScore(score, model);
        var reasons = new ArrayList<String>();
        if (ethics.euAiActTier() == EuAiActTier.PROHIBITED) {
            reasons.add("The recommendation is no-go whatever the score, because the EU AI Act prohibits this "
                    + "practice (" + String.join(", ", ethics.articles()) + ").");
            return new Decision(byScore, Recommendation.NO_GO, reasons);
        }
        Recommendation result = byScore;
        EthicsLevel level = ethics.level();
        if (result == Recommendation.GO) {
            if (ethics.euAiActTier() == EuAiActTier.HIGH_RISK) {
                reasons.add("The recommendation is capped at go with conditions because the system is high-risk "
                        + "under the EU AI Act.");
                result = Recommendation.GO_WITH_CONDITIONS;
            } else if (level == EthicsLevel.III || level == EthicsLevel.IV) {
                reasons.add("The recommendation is capped at go with conditions because ethical risk is level "
                        + level + " (" + level.label() + ").");
                result = Recommendation.GO_WITH_CONDITIONS;
            }
        }
        boolean strongControls = mitigations.contains(Mitigation.INDEPENDENT_REVIEW)
                && mitigations.contains(Mitigation.HUMAN_OVERSIGHT);
        if (level == EthicsLevel.IV && !strongControls && result.ordinal() < Recommendation.REVISE.ordinal()) {
            reasons.add("The recommendation is capped at revise because ethical risk is level IV (very high) "
                    + "without both independent review and human oversight in place.");
            result = Recommendation.REVISE;
        }
        return new Decision(byScore, result, reasons);
    }

    /**
     * PRODUCT.md §6.2: when the priced non-AI alternative's risk-adjusted NPV is at least the AI option's, go and
     * go with conditions are capped at revise. No alternative, or a recommendation already at revise or below,
     * leaves the decision as it was.
     */
    static Decision capForAlternative(Decision decision, AlternativeResult alternative, Spoken spoken) {
        if (alternative == null || !alternative.returnsAsMuch()
                || decision.recommendation().ordinal() >= Recommendation.REVISE.ordinal()) {
            return decision;
        }
        var reasons = new ArrayList<>(decision.reasons());
        reasons.add("The recommendation is capped at revise because the non-AI way (" + alternative.name()
                + ") returns at least as much: its risk-adjusted NPV is " + spoken.money(alternative.riskAdjustedNpv())
                + ", the AI option's " + spoken.money(alternative.riskAdjustedNpv() + alternative.incrementalRiskAdjustedNpv())
                + ".");
        return new Decision(decision.byScore(), Recommendation.REVISE, reasons);
    }
}
