package dev.greenlight.scoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public enum RiskQuestion {
    AFFECTED_PEOPLE("affectedPeople", "INTERNAL_STAFF", 1, "BUSINESS_CUSTOMERS", 1, "CONSUMERS", 2, "GENERAL_PUBLIC", 3, "VULNERABLE_GROUPS", 4),
    DECISION_ROLE("decisionRole", "INFORMS_HUMAN", 0, "RECOMMENDS_TO_HUMAN", 1, "AUTOMATED_WITH_HUMAN_REVIEW", 3, "FULLY_AUTOMATED", 4),
    IMPACT_SEVERITY("impactSeverity", "NEGLIGIBLE", 0, "MODERATE", 1, "SIGNIFICANT", 3, "SEVERE", 4),
    REVERSIBILITY("reversibility", "EASILY_REVERSIBLE", 0, "REVERSIBLE_WITH_EFFORT", 2, "HARD_TO_REVERSE", 3, "IRREVERSIBLE", 4),
    PEOPLE_AFFECTED_PER_YEAR("peopleAffectedPerYear", "UNDER_1K", 0, "UNDER_100K", 1, "UNDER_10M", 2, "OVER_10M", 3),
    PERSONAL_DATA("personalData", "NONE", 0, "PERSONAL", 2, "SENSITIVE", 4),
    PROTECTED_ATTRIBUTES("protectedAttributes", "NOT_USED", 0, "POSSIBLE_PROXIES", 2, "USED_DIRECTLY", 4),
    EXPLAINABILITY("explainability", "INTERPRETABLE", 0, "EXPLAINED", 1, "OPAQUE", 3),
    DATA_REPRESENTATIVENESS("dataRepresentativeness", "VERIFIED", 0, "UNKNOWN", 2, "KNOWN_GAPS", 3);

    private final String key;
    private final Map<String, Integer> options = new LinkedHashMap<>();

    RiskQuestion(String key, Object... pairs) {
        this.key = key;
        for (int i = 0; i < pairs.length; i += 2) {
            options.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
    }

    public String key() { return key; }
    public String label() { return key; }
    public Map<String, Integer> options() { return options; }
    public int maxPoints() { return options.values().stream().mapToInt(Integer::intValue).max().orElse(0); }
    public static Optional<RiskQuestion> byKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
