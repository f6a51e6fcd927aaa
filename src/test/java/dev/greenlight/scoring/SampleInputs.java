package dev.greenlight.scoring;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.greenlight.scoring.Evidence.BENCHMARK;
import static dev.greenlight.scoring.Evidence.DATA;
import static dev.greenlight.scoring.Evidence.EXPERT_GUESS;

/** The six sample assessments of PRODUCT.md §5, as engine input; public for the benchmarks. */
public final class SampleInputs {

    /** The fraud sample's kill criteria as the team wrote them (sample-data/01-card-fraud-early-warning.json). */
    public static final String FRAUD_KILL_CRITERIA = "Stop the rollout and revert to the rule engine if, after 3 months "
            + "in the A/B test, recall at the 0.5 % alert rate is below 0.50 or fraud losses in the treatment group are "
            + "not at least 8 % lower than in control. Switch the model off immediately if the false-decline rate "
            + "exceeds 0.25 % for two consecutive days. Stop the project if the 6-month build overruns by more than "
            + "50 %.";

    private SampleInputs() {
    }

    /** PRODUCT.md §2.2: credit-card fraud detection, the Annex III 5(b) carve-out (not high-risk), level II. */
    public static ScoringInput fraud() {
        return new ScoringInput(
                new NarrativeInput("Card fraud early warning", KpiType.RISK_REDUCTION, "Annual card-fraud losses",
                        "USD", 13_300_000.0, 11_300_000.0, 9, "VP Payments", FRAUD_KILL_CRITERIA, List.of()),
                new FinancialInput("USD", 3, 0.10, 0.75,
                        List.of(new MoneyLine("Team (4 people, 6 months)", 300_000, 400_000, 600_000, BENCHMARK)),
                        List.of(new MoneyLine("MLOps maintenance", 80_000, 120_000, 180_000, EXPERT_GUESS)),
                        List.of(new MoneyLine("Fraud losses avoided", 1_200_000, 2_000_000, 2_600_000, DATA)),
                        List.of(0.5, 1.0, 1.0)),
                new EthicsInput(answers("CONSUMERS", "AUTOMATED_WITH_HUMAN_REVIEW", "MODERATE",
                        "REVERSIBLE_WITH_EFFORT", "UNDER_10M", "PERSONAL", "POSSIBLE_PROXIES", "EXPLAINED", "VERIFIED"),
                        eu(Set.of(), Set.of("III_5_B_FRAUD_DETECTION"), true, "NONE", Set.of()),
                        Set.of(Mitigation.BIAS_TESTING, Mitigation.HUMAN_OVERSIGHT)),
                new ReadinessInput(true, true, true, true, true, true, true),
                Locale.US);
    }

    /** Recruitment is Annex III 4(a): high-risk whatever the business case. */
    public static ScoringInput resumeScreener() {
        return new ScoringInput(
                new NarrativeInput("Resume screening assistant", KpiType.PRODUCTIVITY, "Recruiter hours per hire",
                        "hours", 14.0, 8.0, 6),
                new FinancialInput("USD", 3, 0.10, 0.8,
                        List.of(new MoneyLine("Model and integration", 150_000, 220_000, 350_000, BENCHMARK)),
                        List.of(new MoneyLine("Hosting and MLOps", 40_000, 60_000, 90_000, EXPERT_GUESS)),
                        List.of(new MoneyLine("Recruiter time saved", 250_000, 400_000, 500_000, DATA)),
                        List.of(0.6, 1.0, 1.0)),
                new EthicsInput(answers("GENERAL_PUBLIC", "RECOMMENDS_TO_HUMAN", "SIGNIFICANT", "HARD_TO_REVERSE",
                        "UNDER_100K", "PERSONAL", "POSSIBLE_PROXIES", "EXPLAINED", "UNKNOWN"),
                        eu(Set.of(), Set.of("III_4_A"), true, "NONE", Set.of()),
                        EnumSet.of(Mitigation.BIAS_TESTING, Mitigation.HUMAN_OVERSIGHT, Mitigation.DOCUMENTATION)),
                new ReadinessInput(true, true, true, false, true, true, true),
                Locale.US);
    }

    /** A customer-support chatbot on a vendor's GPAI model: people must be told they talk to a machine (Art. 50(1)). */
    public static ScoringInput chatbot() {
        return new ScoringInput(
                new NarrativeInput("Customer support assistant", KpiType.COST_SAVINGS, "Cost per support contact",
                        "EUR", 6.5, 4.0, 4),
                new FinancialInput("EUR", 3, 0.08, 0.85,
                        List.of(new MoneyLine("Integration and prompt engineering", 80_000, 120_000, 200_000,
                                EXPERT_GUESS)),
                        List.of(new MoneyLine("LLM API usage", 30_000, 50_000, 90_000, BENCHMARK),
                                new MoneyLine("Conversation review and maintenance", 20_000, 30_000, 50_000,
                                        EXPERT_GUESS)),
                        List.of(new MoneyLine("Agent hours saved", 150_000, 300_000, 420_000, DATA)),
                        List.of(0.5, 0.9, 1.0)),
                new EthicsInput(answers("CONSUMERS", "INFORMS_HUMAN", "MODERATE", "EASILY_REVERSIBLE", "UNDER_10M",
                        "PERSONAL", "NOT_USED", "EXPLAINED", "UNKNOWN"),
                        eu(Set.of(), Set.of(), false, "INTEGRATES_GPAI_MODEL", Set.of("INTERACTS_WITH_PEOPLE")),
                        EnumSet.of(Mitigation.DOCUMENTATION, Mitigation.PRODUCTION_MONITORING, Mitigation.KILL_SWITCH)),
                new ReadinessInput(true, true, true, true, true, true, true),
                Locale.GERMANY);
    }

    /** Predictive maintenance: machines, not people. */
    public static ScoringInput predictiveMaintenance() {
        return new ScoringInput(
                new NarrativeInput("Predictive maintenance for conveyor motors", KpiType.COST_SAVINGS,
                        "Unplanned downtime", "hours per year", 420.0, 250.0, 12),
                new FinancialInput("USD", 5, 0.10, 0.7,
                        List.of(new MoneyLine("Sensors and data pipeline", 200_000, 250_000, 350_000, BENCHMARK),
                                new MoneyLine("Model development", 100_000, 150_000, 250_000, EXPERT_GUESS)),
                        List.of(new MoneyLine("Platform and MLOps", 50_000, 70_000, 100_000, BENCHMARK)),
                        List.of(new MoneyLine("Downtime avoided", 200_000, 450_000, 600_000, DATA),
                                new MoneyLine("Spare parts inventory reduced", 0, 50_000, 100_000, EXPERT_GUESS)),
                        List.of(0.3, 0.7, 1.0, 1.0, 1.0)),
                new EthicsInput(answers("INTERNAL_STAFF", "RECOMMENDS_TO_HUMAN", "MODERATE", "EASILY_REVERSIBLE",
                        "UNDER_1K", "NONE", "NOT_USED", "EXPLAINED", "VERIFIED"),
                        eu(Set.of(), Set.of(), false, "NONE", Set.of()), EnumSet.of(Mitigation.PRODUCTION_MONITORING)),
                new ReadinessInput(true, true, true, true, true, false, true),
                Locale.US);
    }

    /** A churn model with a target but no measured baseline, and a weak financial case. */
    public static ScoringInput churn() {
        return new ScoringInput(
                new NarrativeInput("Churn early warning", KpiType.REVENUE, "Monthly subscriber churn", "%",
                        null, 2.1, null),
                new FinancialInput("GBP", 2, 0.12, 0.6,
                        List.of(new MoneyLine("Data science team", 120_000, 180_000, 300_000, EXPERT_GUESS)),
                        List.of(new MoneyLine("Retention offers", 60_000, 90_000, 150_000, EXPERT_GUESS)),
                        List.of(new MoneyLine("Revenue retained", 50_000, 200_000, 400_000, EXPERT_GUESS)),
                        List.of(0.5, 1.0)),
                new EthicsInput(answers("CONSUMERS", "RECOMMENDS_TO_HUMAN", "MODERATE", "EASILY_REVERSIBLE",
                        "UNDER_10M", "PERSONAL", "POSSIBLE_PROXIES", "OPAQUE", "UNKNOWN"),
                        eu(Set.of(), Set.of(), true, "NONE", Set.of()), Set.of()),
                new ReadinessInput(false, true, false, false, false, true, false),
                Locale.UK);
    }

    /** Ranking citizens by their social behaviour is banned outright (Art. 5(1)(c)). */
    public static ScoringInput socialScoring() {
        return new ScoringInput(
                new NarrativeInput("Citizen trustworthiness index", KpiType.RISK_REDUCTION, "Benefit fraud cases",
                        "cases per year", 1_200.0, 800.0, 12),
                new FinancialInput("EUR", 5, 0.10, 0.7,
                        List.of(new MoneyLine("Platform build", 1_000_000, 1_500_000, 2_500_000, EXPERT_GUESS)),
                        List.of(new MoneyLine("Operations", 200_000, 300_000, 450_000, EXPERT_GUESS)),
                        List.of(new MoneyLine("Fraud prevented", 1_000_000, 2_500_000, 4_000_000, EXPERT_GUESS)),
                        List.of(0.4, 0.8, 1.0, 1.0, 1.0)),
                new EthicsInput(answers("GENERAL_PUBLIC", "FULLY_AUTOMATED", "SEVERE", "HARD_TO_REVERSE", "OVER_10M",
                        "SENSITIVE", "USED_DIRECTLY", "OPAQUE", "KNOWN_GAPS"),
                        eu(Set.of("SOCIAL_SCORING"), Set.of("III_5_A"), true, "NONE", Set.of()),
                        Set.of(Mitigation.DOCUMENTATION)),
                new ReadinessInput(true, true, false, false, false, false, true),
                Locale.GERMANY);
    }

    public static List<ScoringInput> all() {
        return List.of(fraud(), resumeScreener(), chatbot(), predictiveMaintenance(), churn(), socialScoring());
    }

    /** EU AI Act answers of a provider and deployer in scope, with nothing under Annex I. */
    public static EuAiActAnswers eu(Set<String> prohibited, Set<String> uses, boolean profiles, String gpai,
                                    Set<String> transparency) {
        return new EuAiActAnswers(EuAiActRole.PROVIDER_AND_DEPLOYER, false, "NONE", prohibited, false, uses, Set.of(),
                profiles, gpai, transparency);
    }

    /** Answers in {@link RiskQuestion} declaration order. */
    public static Map<RiskQuestion, String> answers(String... inOrder) {
        var answers = new EnumMap<RiskQuestion, String>(RiskQuestion.class);
        for (int i = 0; i < inOrder.length; i++) {
            answers.put(RiskQuestion.values()[i], inOrder[i]);
        }
        return answers;
    }
}
