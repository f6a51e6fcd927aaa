package dev.greenlight.document;

import java.util.Map;

/**
 * What each ethical-risk option means in practice (PRODUCT.md §3.2), so two engineers answering the same project
 * pick the same option. Shown under every option in the guided form; the points behind them stay in
 * {@link dev.greenlight.scoring.RiskQuestion}.
 */
final class EthicsOptionHelp {

    private EthicsOptionHelp() {
    }

    private static final Map<String, Map<String, String>> HELP = Map.of(
            "affectedPeople", Map.of(
                    "INTERNAL_STAFF", "Only your own employees, in their work.",
                    "BUSINESS_CUSTOMERS", "Companies you sell to; no private individuals.",
                    "CONSUMERS", "Private individuals who chose to be your customers.",
                    "GENERAL_PUBLIC", "Anyone, including people who never dealt with you.",
                    "VULNERABLE_GROUPS", "Children, patients, job seekers, people in debt or others with little power to object."),
            "decisionRole", Map.of(
                    "INFORMS_HUMAN", "It shows information; a person decides without being told what to do.",
                    "RECOMMENDS_TO_HUMAN", "It suggests a decision; a person makes every decision and can ignore it.",
                    "AUTOMATED_WITH_HUMAN_REVIEW", "It decides; a person checks some or all decisions afterwards.",
                    "FULLY_AUTOMATED", "It decides and nobody looks before the decision takes effect."),
            "impactSeverity", Map.of(
                    "NEGLIGIBLE", "A wrong decision costs someone a few minutes at most.",
                    "MODERATE", "A wrong decision is an inconvenience or a small, refundable cost.",
                    "SIGNIFICANT", "A wrong decision costs someone money, a job chance, a service or their reputation.",
                    "SEVERE", "A wrong decision can harm health, liberty, livelihood or fundamental rights."),
            "reversibility", Map.of(
                    "EASILY_REVERSIBLE", "Undone at once, by the person affected or on a simple request.",
                    "REVERSIBLE_WITH_EFFORT", "Undone through a complaint or appeal that takes days.",
                    "HARD_TO_REVERSE", "Undone only partly, or after weeks, and the harm meanwhile stays.",
                    "IRREVERSIBLE", "Cannot be undone once it has taken effect."),
            "peopleAffectedPerYear", Map.of(
                    "UNDER_1K", "A team, a pilot or a small customer base.",
                    "UNDER_100K", "A department's caseload or a regional customer base.",
                    "UNDER_10M", "A national customer base.",
                    "OVER_10M", "A population-scale service."),
            "personalData", Map.of(
                    "NONE", "No data about identifiable people, not even pseudonymised.",
                    "PERSONAL", "Data about identifiable people: names, identifiers, behaviour, location.",
                    "SENSITIVE", "GDPR Art. 9 data: health, ethnicity, religion, sexual life, biometrics, union membership."),
            "protectedAttributes", Map.of(
                    "NOT_USED", "Not used, and no input stands in for one.",
                    "POSSIBLE_PROXIES", "Not used directly, but inputs such as postcode or first name may stand in for one.",
                    "USED_DIRECTLY", "Gender, ethnicity, age or another protected attribute is an input."),
            "explainability", Map.of(
                    "INTERPRETABLE", "The model itself is readable: rules, a scorecard or a small tree.",
                    "EXPLAINED", "A complex model with a per-decision explanation the person affected can be given.",
                    "OPAQUE", "Nobody can say why a given decision came out as it did."),
            "dataRepresentativeness", Map.of(
                    "VERIFIED", "Checked: the training data covers the groups the system is used on.",
                    "UNKNOWN", "Not checked yet.",
                    "KNOWN_GAPS", "Checked, and some groups are missing or under-represented."));

    /** The explanation of one option of an ethical-risk question, or null when it has none. */
    static String of(String riskKey, String code) {
        var options = HELP.get(riskKey);
        return options == null ? null : options.get(code);
    }
}
