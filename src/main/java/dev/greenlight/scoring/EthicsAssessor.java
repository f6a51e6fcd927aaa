package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Ethical risk of PRODUCT.md §3.2: raw points, graded mitigation credit, residual risk, level I–IV, required
 * controls, the cheapest way down a level, and the EU AI Act tier. Cheap enough to call on every keystroke.
 */
public final class EthicsAssessor {

    /** The most a full set of mitigations can take off raw risk: graded, so there is no cliff to game. */
    public static final double MAX_MITIGATION_SHARE = 0.4;

    private final EuAiActRules rules;

    public EthicsAssessor(EuAiActRules rules) {
        if (rules == null) {
            throw new IllegalArgumentException("rules must not be null");
        }
        this.rules = rules;
    }

    public EthicsResult assess(EthicsInput ethics) {
        if (ethics == null) {
            ethics = EthicsInput.empty();
        }
        int raw = 0;
        var unanswered = new ArrayList<String>();
        for (RiskQuestion question : RiskQuestion.values()) {
            String answer = ethics.answers().get(question);
            if (answer == null) {
                unanswered.add(question.key());
                raw += question.maxPoints();
            } else {
                raw += question.pointsFor(answer);
            }
        }
        int credit = credit(ethics.mitigations());
        double residual = residualRisk(raw, credit);
        EthicsLevel level = levelFor(residual);
        EuAiActScreening screening = EuAiActScreener.screen(rules, ethics.euAiAct());

        return new EthicsResult(raw, credit, residual, level, screening.tier(), screening.articles(), unanswered,
                names(level.requiredControls()), names(toLowerLevel(raw, ethics.mitigations(), level)),
                screening.article6Documentation(), screening);
    }

    public static double residualRisk(int rawRisk, int mitigationCredit) {
        return rawRisk * (1 - MAX_MITIGATION_SHARE * mitigationCredit / Mitigation.MAX_CREDIT);
    }

    public static EthicsLevel levelFor(double residualRisk) {
        return EthicsLevel.forRiskShare(residualRisk / RiskQuestion.MAX_RAW_RISK);
    }

    public static int credit(Set<Mitigation> mitigations) {
        return mitigations.stream().mapToInt(Mitigation::credit).sum();
    }

    /** Required controls for the level that the team has not committed to, in {@link Mitigation} order. */
    public static List<Mitigation> missingControls(EthicsLevel level, Set<Mitigation> mitigations) {
        var missing = level.requiredControls();
        missing.removeAll(mitigations);
        return List.copyOf(missing);
    }

    /**
     * The smallest set of missing mitigations that lowers the level by at least one: fewest mitigations, then
     * most credit, then earliest in {@link Mitigation} order. Empty at level I or when even every missing
     * mitigation would not be enough. Ten mitigations make 1,024 subsets, few enough to try them all.
     */
    static List<Mitigation> toLowerLevel(int raw, Set<Mitigation> present, EthicsLevel level) {
        if (level == EthicsLevel.I) {
            return List.of();
        }
        List<Mitigation> missing = new ArrayList<>(EnumSet.complementOf(toEnumSet(present)));
        int presentCredit = credit(present);
        List<Mitigation> best = null;
        int bestCredit = -1;
        for (int mask = 1; mask < 1 << missing.size(); mask++) {
            var candidate = new ArrayList<Mitigation>();
            int added = 0;
            for (int i = 0; i < missing.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    candidate.add(missing.get(i));
                    added += missing.get(i).credit();
                }
            }
            if (levelFor(residualRisk(raw, presentCredit + added)).ordinal() >= level.ordinal()) {
                continue;
            }
            if (best == null || isBetter(candidate, added, best, bestCredit)) {
                best = candidate;
                bestCredit = added;
            }
        }
        return best == null ? List.of() : List.copyOf(best);
    }

    private static boolean isBetter(List<Mitigation> candidate, int credit, List<Mitigation> best, int bestCredit) {
        if (candidate.size() != best.size()) {
            return candidate.size() < best.size();
        }
        if (credit != bestCredit) {
            return credit > bestCredit;
        }
        for (int i = 0; i < candidate.size(); i++) {
            int order = candidate.get(i).compareTo(best.get(i));
            if (order != 0) {
                return order < 0;
            }
        }
        return false;
    }

    private static EnumSet<Mitigation> toEnumSet(Set<Mitigation> mitigations) {
        var set = EnumSet.noneOf(Mitigation.class);
        set.addAll(mitigations);
        return set;
    }

    private static List<String> names(Collection<Mitigation> mitigations) {
        return mitigations.stream().map(Mitigation::name).toList();
    }
}
