package dev.greenlight.scoring;

import java.util.List;
import java.util.Locale;

/**
 * The business case of PRODUCT.md §3.4: one deterministic paragraph for leadership, numbers rounded the way
 * people say them, in the assessment's currency and the user's locale. It is assembled from the same results
 * the score is, so the paragraph can never disagree with the figures next to it.
 */
public final class BusinessCaseWriter {

    private BusinessCaseWriter() {
    }

    public static String write(ScoringInput input, FinancialResult financials, EthicsResult ethics,
                               Recommendation recommendation, double score, List<String> conditions) {
        Locale locale = input.locale() == null ? Locale.US : input.locale();
        NarrativeInput narrative = input.narrative() == null ? NarrativeInput.untitled() : input.narrative();
        var spoken = new Spoken(financials.currency(), locale);
        FinancialInput money = input.financials();

        var text = new StringBuilder();
        text.append(goal(narrative, spoken));
        text.append(' ').append(returns(money, financials, spoken));
        String translated = ValueNarrative.businessCase(money, financials, spoken);
        if (!translated.isEmpty()) {
            text.append(' ').append(translated);
        }
        String risk = technicalRisk(money, financials, spoken);
        if (!risk.isEmpty()) {
            text.append(' ').append(risk);
        }
        text.append(' ').append(ethicsSentence(input.ethics(), ethics, conditions));
        text.append(' ').append(verdict(recommendation, score, ethics, spoken));
        return text.toString();
    }

    private static String goal(NarrativeInput narrative, Spoken spoken) {
        String title = narrative.title() == null || narrative.title().isBlank() ? "This project"
                : narrative.title().strip();
        String within = narrative.monthsToImpact() == null ? ""
                : " within " + narrative.monthsToImpact() + (narrative.monthsToImpact() == 1 ? " month" : " months");
        if (narrative.kpiName() == null || narrative.kpiName().isBlank()) {
            if (narrative.kpiType() == null) {
                return title + " has no success metric yet.";
            }
            return title + " is expected to deliver " + narrative.kpiType().label() + within
                    + ", though no success metric has been named yet.";
        }
        String kpi = lowerFirst(narrative.kpiName().strip());
        Double baseline = narrative.baseline();
        Double target = narrative.target();
        if (baseline != null && target != null) {
            String from = spoken.quantity(baseline, narrative.unit());
            String to = spoken.quantity(target, narrative.unit());
            int direction = Double.compare(target, baseline);
            if (direction == 0) {
                return title + " is expected to hold " + kpi + " at " + from + within + ".";
            }
            return title + " is expected to " + (direction < 0 ? "cut " : "raise ") + kpi + " from " + from
                    + " to " + to + within + ".";
        }
        if (target != null) {
            return title + " is expected to bring " + kpi + " to " + spoken.quantity(target, narrative.unit())
                    + within + "; the baseline is not known yet.";
        }
        if (baseline != null) {
            return title + " aims to improve " + kpi + " from " + spoken.quantity(baseline, narrative.unit())
                    + within + ", but no target has been set yet.";
        }
        return title + " aims to improve " + kpi + within + "; its baseline and target are not set yet.";
    }

    private static String returns(FinancialInput money, FinancialResult financials, Spoken spoken) {
        int years = money.horizonYears();
        String over = "Over " + years + (years == 1 ? " year" : " years") + " it ";
        double npv = financials.npv();
        String outcome;
        if (spoken.money(npv).equals(spoken.money(0))) {
            outcome = "roughly breaks even in today's money";
        } else if (npv > 0) {
            outcome = "returns " + spoken.aboutMoney(npv) + " in today's money";
        } else {
            outcome = "loses " + spoken.aboutMoney(-npv) + " in today's money";
        }
        MonteCarloResult mc = financials.monteCarlo();
        double reference = Math.max(Math.abs(mc.p10()), Math.abs(mc.p90()));
        String range = " (P10 " + spoken.moneyLike(mc.p10(), reference) + " to P90 "
                + spoken.moneyLike(mc.p90(), reference) + "; " + spoken.percent(mc.probabilityNpvPositive())
                + " chance of paying back)";
        return over + outcome + range + " " + costs(financials, spoken) + ".";
    }

    private static String costs(FinancialResult financials, Spoken spoken) {
        double run = financials.annualRunCost() + financials.complianceCost();
        boolean build = financials.buildCost() > 0;
        if (run <= 0) {
            return build ? "on a " + spoken.money(financials.buildCost()) + " build with no running costs"
                    : "at no build or running cost";
        }
        String compliance = financials.complianceCost() > 0
                ? ", including " + spoken.money(financials.complianceCost()) + " for compliance" : "";
        String running = spoken.money(run) + " a year to run" + compliance;
        return build ? "on a " + spoken.money(financials.buildCost()) + " build and " + running
                : "with no build cost and " + running;
    }

    private static String technicalRisk(FinancialInput money, FinancialResult financials, Spoken spoken) {
        double failure = 1 - money.probabilityOfSuccess();
        if (failure <= 0 || financials.buildCost() <= 0) {
            return "";
        }
        return "That allows for a " + spoken.percent(failure) + " chance that the model does not work, in which "
                + "case the " + spoken.money(financials.buildCost()) + " build is lost.";
    }

    private static String ethicsSentence(EthicsInput input, EthicsResult ethics, List<String> conditions) {
        EthicsInput declared = input == null ? EthicsInput.empty() : input;
        var sentence = new StringBuilder("Ethical risk: level ").append(ethics.level()).append(" (")
                .append(ethics.level().label());
        int unanswered = ethics.unanswered().size();
        if (unanswered > 0) {
            sentence.append(", with ").append(unanswered).append(unanswered == 1 ? " question" : " questions")
                    .append(" unanswered and counted as worst case");
        }
        sentence.append("); EU AI Act: ").append(tier(declared, ethics));
        boolean prohibited = ethics.euAiActTier() == EuAiActTier.PROHIBITED;
        sentence.append(!prohibited && !conditions.isEmpty() ? " — conditions apply." : ".");
        return sentence.toString();
    }

    /** The screening's own summary (PRODUCT.md §6.3), e.g. "minimal risk (not high-risk: detecting financial fraud …)". */
    private static String tier(EthicsInput declared, EthicsResult ethics) {
        return ethics.euAiAct().summary();
    }

    private static String verdict(Recommendation recommendation, double score, EthicsResult ethics, Spoken spoken) {
        String scoreText = "score " + spoken.decimal(score, 0) + " of 100";
        if (ethics.euAiActTier() == EuAiActTier.PROHIBITED) {
            return "Recommendation: no-go (" + scoreText + "), because the EU AI Act prohibits this practice "
                    + "whatever the business case.";
        }
        return "Recommendation: " + recommendation.label() + " (" + scoreText + ").";
    }

    /** "Annual card-fraud losses" reads "annual card-fraud losses" mid-sentence, but "NPS" stays "NPS". */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
