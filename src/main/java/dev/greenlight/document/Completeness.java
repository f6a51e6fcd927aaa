package dev.greenlight.document;

import dev.greenlight.document.Questionnaire.Kind;
import dev.greenlight.document.Questionnaire.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * What an assessment still lacks before it may be submitted: what the score needs, then every question of the
 * catalogue left unanswered (choices of several and yes/no questions may stay empty: "none" is an answer). The
 * guided form's review step lists the same items, so the author sees exactly what the submit button will ask for.
 */
public final class Completeness {

    private Completeness() {
    }

    public static List<FieldError> missing(AssessmentDocument doc) {
        return missing(new DocumentTree(AssessmentJson.toTree(doc)), ScoringInputs.missingForScore(doc));
    }

    public static List<FieldError> missing(DocumentTree tree, List<FieldError> missingForScore) {
        var items = new ArrayList<>(missingForScore);
        for (var q : Questionnaire.all()) {
            if (q.step() != Step.REVIEW && q.kind() != Kind.MULTI_CHOICE && q.kind() != Kind.YES_NO
                    && answerless(tree.get(q.path())) && items.stream().noneMatch(i -> i.path().equals(q.path()))) {
                items.add(new FieldError(q.path(), q.label()));
            }
        }
        return items;
    }

    private static boolean answerless(tools.jackson.databind.JsonNode node) {
        return node == null || node.isNull() || node.isString() && node.asString().isBlank();
    }
}
