package dev.greenlight.scoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The ethical risk questions and their points (PRODUCT.md §3.2). */
public enum RiskQuestion {
    AFFECTED_PEOPLE("affectedPeople", "Who is affected by the system's decisions?",
            "INTERNAL_STAFF", 1, "BUSINESS_CUSTOMERS", 1, "CONSUMERS", 2, "GENERAL_PUBLIC", 3, "VULNERABLE_GROUPS", 4),
    DECISION_ROLE("decisionRole", "What role does the system play in the decision?",
            "INFORMS_HUMAN", 0, "RECOMMENDS_TO_HUMAN", 1, "AUTOMATED_WITH_HUMAN_REVIEW", 3, "FULLY_AUTOMATED", 4),
    IMPACT_SEVERITY("impactSeverity", "How badly can a wrong decision hurt someone?",
            "NEGLIGIBLE", 0, "MODERATE", 1, "SIGNIFICANT", 3, "SEVERE", 4),
    REVERSIBILITY("reversibility", "How easily can a wrong decision be undone?",
            "EASILY_REVERSIBLE", 0, "REVERSIBLE_WITH_EFFORT", 2, "HARD_TO_REVERSE", 3, "IRREVERSIBLE", 4),
    PEOPLE_AFFECTED_PER_YEAR("peopleAffectedPerYear", "How many people does it affect per year?",
            "UNDER_1K", 0, "UNDER_100K", 1, "UNDER_10M", 2, "OVER_10M", 3),
    PERSONAL_DATA("personalData", "Does it use personal data?",
            "NONE", 0, "PERSONAL", 2, "SENSITIVE", 4),
    PROTECTED_ATTRIBUTES("protectedAttributes", "Does it use protected attributes such as gender, ethnicity or age?",
            "NOT_USED", 0, "POSSIBLE_PROXIES", 2, "USED_DIRECTLY", 4),
    EXPLAINABILITY("explainability", "Can its decisions be explained to the people affected?",
            "INTERPRETABLE", 0, "EXPLAINED", 1, "OPAQUE", 3),
    DATA_REPRESENTATIVENESS("dataRepresentativeness", "Does the training data represent the people it is used on?",
            "VERIFIED", 0, "UNKNOWN", 2, "KNOWN_GAPS", 3);

    /** The sum of every question's maximum, R_max in PRODUCT.md §3.2. */
    public static final int MAX_RAW_RISK = 33;

    private final String key;
    private final String label;
    private final Map<String, Integer> options;
    private final int maxPoints;

    RiskQuestion(String key, String label, Object... codesAndPoints) {
        this.key = key;
        this.label = label;
        var map = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            map.put((String) codesAndPoints[i], (Integer) codesAndPoints[i + 1]);
        }
        this.options = Collections.unmodifiableMap(map);
        this.maxPoints = map.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Option code to points, in the order a form should offer them (least risky first). */
    public Map<String, Integer> options() {
        return options;
    }

    public int maxPoints() {
        return maxPoints;
    }

    /** Points for an option code; throws with the question's key when the code is not one of its options. */
    public int pointsFor(String option) {
        Integer points = options.get(option);
        if (points == null) {
            throw new IllegalArgumentException("ethics.answers." + key + ": '" + option
                    + "' is not one of " + String.join(", ", options.keySet()));
        }
        return points;
    }

    public static Optional<RiskQuestion> byKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
