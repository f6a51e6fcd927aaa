package dev.greenlight.scoring;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The ethical-risk section: answers to the {@link RiskQuestion}s (a missing or blank answer is unanswered),
 * the EU AI Act answers (PRODUCT.md §6.3) and the mitigations committed to. Null values are read as empty.
 */
public record EthicsInput(Map<RiskQuestion, String> answers, EuAiActAnswers euAiAct, Set<Mitigation> mitigations) {

    public EthicsInput {
        var copied = new EnumMap<RiskQuestion, String>(RiskQuestion.class);
        if (answers != null) {
            answers.forEach((question, answer) -> {
                if (question == null) {
                    throw new IllegalArgumentException("ethics.answers must not contain a null question");
                }
                if (answer != null && !answer.isBlank()) {
                    copied.put(question, answer.strip());
                }
            });
        }
        answers = Collections.unmodifiableMap(copied);
        euAiAct = euAiAct == null ? EuAiActAnswers.empty() : euAiAct;
        mitigations = enumSet(Mitigation.class, mitigations, "ethics.mitigations");
    }

    /** Nothing answered, nothing declared: the riskiest reading, used when a draft has no ethics section yet. */
    public static EthicsInput empty() {
        return new EthicsInput(null, null, null);
    }

    // EnumSet keeps declaration order, so conditions come out in the same order every time.
    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values, String field) {
        var set = EnumSet.noneOf(type);
        if (values != null) {
            for (E value : values) {
                if (value == null) {
                    throw new IllegalArgumentException(field + " must not contain null");
                }
                set.add(value);
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
