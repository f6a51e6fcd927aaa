package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The business case of PRODUCT.md §3.4: one deterministic paragraph for leadership, numbers rounded the way
 * people say them, in the assessment's currency and the user's locale. It leads with the risk-adjusted value, so
 * the first figure a reader sees already allows for the model not working; what the project returns if it works
 * comes after, labelled so. It is assembled from the same results the score is, so the paragraph can never
 * disagree with the figures next to it.
 */
public final class BusinessCaseWriter {

    /** Where one sentence ends and the next begins: "… 50 %. Switch …", never the "." inside "0.5 %" or "e.g. a". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}])");

    private BusinessCaseWriter() {
    }

    /** @param information what learning more is worth (PRODUCT.md §9.2); named when §9.2's 5 % rule holds */
    public static String write(ScoringInput input, FinancialResult financials, EthicsResult ethics,
                               Recommendation recommendation, double score, List<String> conditions,
                               ValueOfInformation information) {
        Locale locale = input.locale() == null ? Locale.US : input.locale();
        NarrativeInput narrative = input.narrative() == null ? NarrativeInput.untitled() : input.narrative();
        var spoken = new Spoken(financials.currency(), locale);
        FinancialInput money = input.financials();

        var sentences = new ArrayList<String>();
        sentences.add(headline(narrative, money, financials, spoken));
        sentences.add(goal(narrative, spoken));
        sentences.add(ifItWorks(narrative, money, financials, spoken));
        sentences.add(outcomes(financials.monteCarlo(), spoken));
        sentences.add(ValueNarrative.businessCase(money, financials, spoken));
        sentences.add(CurveNarrative.learnFirst(information, financials.buildCost(), spoken).orElse(""));
        sentences.add(accountability(narrative));
        sentences.add(ethicsSentence(input.ethics(), ethics, conditions));
        sentences.add(verdict(recommendation, score, ethics, spoken));
        sentences.removeIf(String::isEmpty);
        return String.join(" ", sentences);
    }

    /**
     * "Card fraud early warning, sponsored by VP Payments, is expected to return about $2.4M in today's money over
     * 3 years, after a 25 % chance that the model does not work and its $400K build is lost."
     */
    private static String headline(NarrativeInput narrative, FinancialInput money, FinancialResult financials,
                                   Spoken spoken) {
        String title = hasText(narrative.title()) ? narrative.title().strip() : "This project";
        String sponsor = hasText(narrative.sponsor()) ? ", sponsored by " + oneLine(narrative.sponsor()) + "," : "";
        int years = money.horizonYears();
        String over = " in today's money over " + years + (years == 1 ? " year" : " years");
        double failure = 1 - money.probabilityOfSuccess();
        String risk = "";
        if (failure > 0) {
            risk = ", after a " + spoken.percent(failure) + " chance that the model does not work"
                    + (financials.buildCost() > 0 ? " and its " + spoken.money(financials.buildCost()) + " build is lost"
                    : "");
        }
        return title + sponsor + " is expected to "
                + outcome(financials.riskAdjustedNpv(), spoken, "return", "lose", "roughly break even") + over + risk + ".";
    }

    /** "return about $2.4M", "lose about £100K", or the break-even words when the amount rounds to nothing. */
    private static String outcome(double npv, Spoken spoken, String gain, String loss, String even) {
        if (spoken.money(npv).equals(spoken.money(0))) {
            return even;
        }
        return npv > 0 ? gain + " " + spoken.aboutMoney(npv) : loss + " " + spoken.aboutMoney(-npv);
    }

    private static String goal(NarrativeInput narrative, Spoken spoken) {
        String within = narrative.monthsToImpact() == null ? ""
                : " within " + narrative.monthsToImpact() + (narrative.monthsToImpact() == 1 ? " month" : " months");
        if (!hasText(narrative.kpiName())) {
            if (narrative.kpiType() == null) {
                return "It has no success metric yet.";
            }
            return "It is meant to deliver " + narrative.kpiType().label() + within
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
                return "It aims to hold " + kpi + " at " + from + within + ".";
            }
            return "It aims to " + (direction < 0 ? "cut " : "raise ") + kpi + " from " + from + " to " + to + within
                    + ".";
        }
        if (target != null) {
            return "It aims to bring " + kpi + " to " + spoken.quantity(target, narrative.unit()) + within
                    + "; the baseline is not known yet.";
        }
        if (baseline != null) {
            return "It aims to improve " + kpi + " from " + spoken.quantity(baseline, narrative.unit()) + within
                    + ", but no target has been set yet.";
        }
        return "It aims to improve " + kpi + within + "; its baseline and target are not set yet.";
    }

    /**
     * The plain NPV, labelled as what happens if the model works, with the payback and the year-by-year net once
     * adoption peaks: "If the model works it returns about $3.3M and pays back its build in about 6 months; once
     * fully adopted in year 2 it saves about $1.9M a year after running costs of $130K (including $10K for
     * compliance)." With no chance of failure the headline already is the NPV, so only the rest is said.
     */
    private static String ifItWorks(NarrativeInput narrative, FinancialInput money, FinancialResult financials,
                                    Spoken spoken) {
        boolean certain = money.probabilityOfSuccess() >= 1;
        String payback = payback(money, financials, spoken, !certain);
        String first = certain ? "It " + payback
                : "If the model works it " + outcome(financials.npv(), spoken, "returns", "still loses",
                        "roughly breaks even") + joiner(financials) + payback;
        return first + "; " + yearly(narrative, money, financials, spoken) + ".";
    }

    /** "and", or "but" when the payback contradicts the sign of the NPV. */
    private static String joiner(FinancialResult financials) {
        boolean paysBack = financials.paybackMonths() != null;
        return paysBack == (financials.npv() >= 0) ? " and " : " but ";
    }

    private static String payback(FinancialInput money, FinancialResult financials, Spoken spoken,
                                  boolean buildNamed) {
        int years = money.horizonYears();
        Double months = financials.paybackMonths();
        if (financials.buildCost() <= 0) {
            if (months == null) {
                return "needs no build but does not pay back within the " + years + (years == 1 ? " year" : " years");
            }
            return months == 0 ? "needs no build" : "needs no build and pays back in " + spoken.duration(months);
        }
        String build = buildNamed ? "its build" : "its " + spoken.money(financials.buildCost()) + " build";
        return months == null
                ? "does not pay back " + build + " within the " + years + (years == 1 ? " year" : " years")
                : "pays back " + build + " in " + spoken.duration(months);
    }

    /**
     * The likely net a year once adoption is at its highest (PRODUCT.md §3.1: year t earns adoption_t × benefits −
     * run costs), named by the first year that reaches it: "once fully adopted in year 2 it saves about $1.9M a year
     * after running costs of $130K (including $10K for compliance)".
     */
    private static String yearly(NarrativeInput narrative, FinancialInput money, FinancialResult financials,
                                 Spoken spoken) {
        double run = financials.annualRunCost() + financials.complianceCost();
        String compliance = financials.complianceCost() > 0
                ? " (including " + spoken.money(financials.complianceCost()) + " for compliance)" : "";
        String running = run > 0 ? " after running costs of " + spoken.money(run) + compliance : " with no running costs";
        if (financials.pvBenefits() <= 0) {
            return run > 0 ? "no benefit has been estimated yet against running costs of " + spoken.money(run)
                    + " a year" + compliance : "no benefit has been estimated yet";
        }
        List<Double> adoption = money.adoptionByYear();
        int peak = 0;
        for (int t = 1; t < adoption.size(); t++) {
            if (adoption.get(t) > adoption.get(peak)) {
                peak = t;
            }
        }
        double share = adoption.get(peak);
        String when = share >= 1 ? "once fully adopted in year " + (peak + 1)
                : "at its highest adoption, " + spoken.percent(share) + " in year " + (peak + 1) + ",";
        double net = financials.cashFlows().get(peak + 1);
        String verb = narrative.kpiType() == KpiType.REVENUE || narrative.kpiType() == KpiType.ENGAGEMENT
                ? "earns" : "saves";
        String perYear;
        if (spoken.money(net).equals(spoken.money(0))) {
            perYear = "it roughly breaks even each year";
        } else if (net > 0) {
            perYear = "it " + verb + " " + spoken.aboutMoney(net) + " a year";
        } else {
            perYear = "it still loses " + spoken.aboutMoney(-net) + " a year";
        }
        return when + " " + perYear + running;
    }

    /** P10 to P90 in plain words: "In 8 of 10 simulated outcomes the result is between a loss of $0.4M and …". */
    private static String outcomes(MonteCarloResult mc, Spoken spoken) {
        double positive = mc.probabilityNpvPositive();
        String money = positive == 0 ? "it makes money in none of them"
                : positive == 1 ? "it makes money in all of them"
                : "it makes money in " + spoken.percent(positive) + " of them";
        return "In 8 of 10 simulated outcomes the result is " + spoken.range(mc.p10(), mc.p90()) + "; " + money + ".";
    }

    /** Who answers for it and when it stops: "Kill criterion: stop if production recall is below 0.50 from month 6." */
    private static String accountability(NarrativeInput narrative) {
        boolean sponsor = hasText(narrative.sponsor());
        List<String> rules = narrative.killRules().stream().filter(BusinessCaseWriter::hasText)
                .map(rule -> rule.strip().replaceAll("[.]+$", "")).toList();
        String kill;
        if (!rules.isEmpty()) {
            kill = (rules.size() == 1 ? "Kill criterion: " : "Kill criteria: ")
                    + String.join("; ", rules.stream().map(BusinessCaseWriter::lowerFirst).toList()) + ".";
        } else if (hasText(narrative.killCriteria())) {
            kill = "Kill criterion: " + firstOf(oneLine(narrative.killCriteria()));
        } else {
            return sponsor ? "No kill criterion has been set."
                    : "No sponsor has been named and no kill criterion has been set.";
        }
        return sponsor ? kill : "No sponsor has been named. " + kill;
    }

    /**
     * The first sentence of the team's kill criteria, and how many more there are: a paragraph leadership reads in a
     * minute names the main stop and points to the rest, which the success metric shows in full beside it.
     */
    private static String firstOf(String criteria) {
        String[] sentences = SENTENCE_END.split(criteria);
        String first = sentences[0];
        String stop = first.matches(".*[.!?]$") ? first : first + ".";
        int more = sentences.length - 1;
        if (more == 0) {
            return stop;
        }
        return stop.substring(0, stop.length() - 1) + " (and " + more + " more in the success metric)"
                + stop.charAt(stop.length() - 1);
    }

    /** Text typed over several lines reads as one line inside a paragraph. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
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
