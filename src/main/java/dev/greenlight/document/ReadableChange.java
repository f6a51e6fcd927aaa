package dev.greenlight.document;

import java.util.List;

/**
 * One change between two versions as a reviewer reads it: the question's label, the answers formatted (money,
 * percentages, option labels), and for a list of choices what was added and what was removed, so that adding two
 * mitigations reads as two additions rather than as every later item moving.
 *
 * @param before  the old answer in words, "—" when there was none; null for a list of choices
 * @param after   the new answer in words, "—" when there is none; null for a list of choices
 * @param added   the choices or lines added (empty for a single answer)
 * @param removed the choices or lines removed (empty for a single answer)
 */
public record ReadableChange(Questionnaire.Step step, String question, String before, String after,
                             List<String> added, List<String> removed) {

    public ReadableChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    static ReadableChange answer(Questionnaire.Step step, String question, String before, String after) {
        return new ReadableChange(step, question, before, after, List.of(), List.of());
    }

    static ReadableChange set(Questionnaire.Step step, String question, List<String> added, List<String> removed) {
        return new ReadableChange(step, question, null, null, added, removed);
    }

    public boolean isSet() {
        return before == null && after == null;
    }

    @Override
    public String toString() {
        if (!isSet()) {
            return question + ": " + before + " → " + after;
        }
        var parts = new java.util.ArrayList<String>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        return question + ": " + String.join("; ", parts);
    }
}
