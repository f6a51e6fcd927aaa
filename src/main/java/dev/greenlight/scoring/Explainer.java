package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The explanation of PRODUCT.md §3.3: one sentence per subscore with its weighted contribution, then what drives
 * it, in words a product manager can act on.
 */
public final class Explainer {

    private Explainer() {
    }

    public static List<String> explain(ScoringInput input, ScoringModel model, Subscores subscores, double score,
                                       Recommender.Decision decision, FinancialResult financials,
                                       EthicsResult ethics, EuAiActScreening screening,
                                       ValueOfInformation information) {
        Locale locale = input.locale() == null ? Locale.US : input.locale();
        var spoken = new Spoken(financials.currency(), locale);
        var lines = new ArrayList<String>();
        lines.add("Greenlight score " + spoken.decimal(score, 1) + " of 100: " + decision.recommendation().label()
                + ".");
        lines.add(value(input.financials(), model, subscores, financials, spoken));
        topSwing(financials, spoken, lines);
        lines.addAll(ValueNarrative.explanation(input.financials(), financials, spoken));
        lines.addAll(CurveNarrative.explanation(information, financials.buildCost(), spoken));
        lines.add(confidence(model, subscores, financials, spoken));
        lines.addAll(readiness(input, model, subscores, spoken));
        lines.addAll(ethics(model, subscores, ethics, screening, spoken));
        lines.addAll(decision.reasons());
        return List.copyOf(lines);
    }

    private static String contribution(String name, double subscore, double weight, Spoken spoken) {
        return name + " " + spoken.decimal(subscore, 0) + "/100 contributes " + spoken.decimal(weight * subscore, 1)
                + " points";
    }

    private static String value(FinancialInput money, ScoringModel model, Subscores s, FinancialResult f,
                                Spoken spoken) {
        String head = contribution("Value", s.value(), model.valueWeight(), spoken);
        if (f.pvCosts() == 0) {
            return head + (f.pvBenefits() > 0 ? ": the benefits come at no cost." : ": it has neither costs nor benefits.");
        }
        if (f.pvBenefits() == 0) {
            return head + ": no benefits have been estimated yet.";
        }
        double p = money.probabilityOfSuccess();
        double ratio = p * f.pvBenefits() / f.pvCosts();
        String chance = p < 1 ? " after the " + spoken.percent(p) + " chance of technical success" : "";
        return head + ": each " + spoken.symbol() + "1 of expected cost returns "
                + spoken.moneyExact(ratio) + " of expected benefit" + chance + " (1 to 1 scores 50, 2 to 1 scores 100).";
    }

    private static void topSwing(FinancialResult f, Spoken spoken, List<String> lines) {
        if (f.tornado().isEmpty() || f.tornado().get(0).swing() == 0) {
            return;
        }
        TornadoRow top = f.tornado().get(0);
        lines.add("The estimate that moves NPV most is \"" + top.line() + "\": NPV is " + spoken.money(top.npvAtLow())
                + " at its low and " + spoken.money(top.npvAtHigh()) + " at its high value.");
    }

    private static String confidence(ScoringModel model, Subscores s, FinancialResult f, Spoken spoken) {
        MonteCarloResult mc = f.monteCarlo();
        return contribution("Confidence", s.confidence(), model.confidenceWeight(), spoken) + ": NPV is positive in "
                + spoken.percent(mc.probabilityNpvPositive()) + " of " + spoken.decimal(mc.trials(), 0)
                + " simulated outcomes; 8 of 10 results are " + spoken.range(mc.p10(), mc.p90()) + " (median "
                + spoken.money(mc.p50()) + ").";
    }

    private static List<String> readiness(ScoringInput input, ScoringModel model, Subscores s, Spoken spoken) {
        ReadinessInput readiness = input.readiness() == null ? ReadinessInput.none() : input.readiness();
        var lines = new ArrayList<String>();
        lines.add(contribution("Readiness", s.readiness(), model.readinessWeight(), spoken) + ": "
                + readiness.itemsInPlace() + " of " + ReadinessInput.ITEMS + " groundwork items are done and "
                + spoken.percent(GreenlightScorer.evidenceShare(input.financials()))
                + " of the money is backed by data or benchmarks.");
        if (!readiness.missingItems().isEmpty()) {
            lines.add("Still missing: " + joinWithAnd(readiness.missingItems()) + ".");
        }
        return lines;
    }

    private static List<String> ethics(ScoringModel model, Subscores s, EthicsResult e, EuAiActScreening screening,
                                       Spoken spoken) {
        var lines = new ArrayList<String>();
        double reduction = e.rawRisk() == 0 ? 0 : 1 - e.residualRisk() / e.rawRisk();
        lines.add(contribution("Ethics", s.ethics(), model.ethicsWeight(), spoken) + ": raw risk " + e.rawRisk()
                + " of " + RiskQuestion.MAX_RAW_RISK + ", reduced by " + spoken.percent(reduction)
                + " through mitigations (credit " + e.mitigationCredit() + " of " + Mitigation.MAX_CREDIT
                + "), leaves residual risk " + spoken.decimal(e.residualRisk(), 1) + ": level " + e.level() + " ("
                + e.level().label() + ").");
        if (!e.unanswered().isEmpty()) {
            lines.add(e.unanswered().size() + (e.unanswered().size() == 1 ? " risk question is" : " risk questions are")
                    + " unanswered and counted as worst case: " + e.unanswered().stream()
                    .map(key -> RiskQuestion.byKey(key).map(RiskQuestion::label).orElse(key))
                    .collect(Collectors.joining(" ")));
        }
        if (!e.toLowerLevel().isEmpty()) {
            EthicsLevel lower = EthicsLevel.values()[e.level().ordinal() - 1];
            lines.add("Adding " + joinWithAnd(e.toLowerLevel().stream()
                    .map(name -> Mitigation.valueOf(name).label().toLowerCase(Locale.ROOT)).toList())
                    + " would lower the ethics level to " + lower + ".");
        }
        lines.add("EU AI Act: " + e.euAiActTier().label() + ", because " + screening.reason() + ".");
        return lines;
    }

    static String joinWithAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
