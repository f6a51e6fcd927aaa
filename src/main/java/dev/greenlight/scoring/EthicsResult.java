package dev.greenlight.scoring;

import java.util.Collection;
import java.util.List;

/**
 * The ethical half of a score.
 *
 * @param articles             the EU AI Act provisions that decided the tier (and Art. 50 duties)
 * @param unanswered           keys of the risk questions counted at their maximum because nobody answered them
 * @param requiredControls     every mitigation the level requires, present or not
 * @param toLowerLevel         the smallest set of missing mitigations that would lower the level by one
 * @param article6Documentation true when the Art. 6(3) exemption took the system out of high-risk, which obliges
 *                             the provider to document that assessment (Art. 6(4))
 * @param euAiAct              the whole EU AI Act screening: findings, dated obligations, the rules version; null
 *                             in scores stored before screening v2
 */
public record EthicsResult(int rawRisk, int mitigationCredit, double residualRisk, EthicsLevel level,
                           EuAiActTier euAiActTier, List<String> articles, List<String> unanswered,
                           List<String> requiredControls, List<String> toLowerLevel, boolean article6Documentation,
                           EuAiActScreening euAiAct) {

    public EthicsResult {
        articles = List.copyOf(articles);
        unanswered = List.copyOf(unanswered);
        requiredControls = List.copyOf(requiredControls);
        toLowerLevel = List.copyOf(toLowerLevel);
    }

    /**
     * Each control this result requires, in the order scored, marked in place when the team committed to it. Read
     * from {@link #requiredControls()} as stored, so an exported brief agrees with the score it explains.
     */
    public List<RequiredControl> controls(Collection<Mitigation> committed) {
        return requiredControls.stream()
                .map(Mitigation::valueOf)
                .map(control -> new RequiredControl(control, committed.contains(control)))
                .toList();
    }

    /** The required controls the team has not committed to: what stands between the level and its approval. */
    public List<Mitigation> missingControls(Collection<Mitigation> committed) {
        return controls(committed).stream().filter(c -> !c.inPlace()).map(RequiredControl::control).toList();
    }
}
