package dev.greenlight.brief;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.Questionnaire;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The Answers sheet's rows: every question of the questionnaire by its label, each answer as the form showed it
 * (an option's words rather than its stored code, "A/B test" rather than A_B_TEST; a share as a percentage), so the
 * sheet reads like the assessment and not like its JSON.
 */
final class QuestionnaireAnswers {

    static final String NOT_ANSWERED = "Not answered";
    /** A list of choices saved empty: answered, with nothing chosen. */
    static final String NONE_CHOSEN = "None";

    private QuestionnaireAnswers() {
    }

    static List<BriefData.Answer> of(AssessmentDocument doc) {
        var tree = AssessmentJson.toTree(doc);
        var answers = new ArrayList<BriefData.Answer>();
        for (var q : Questionnaire.all()) {
            var value = words(at(tree, q.path()), q);
            answers.add(new BriefData.Answer(q.label(), value == null ? NOT_ANSWERED : value));
        }
        return answers;
    }

    /** The answer in a reader's words, or null when there is none. */
    static String words(JsonNode node, Questionnaire.Question q) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            var parts = new ArrayList<String>();
            node.forEach(n -> parts.add(option(q, n.asString())));
            // "; " because an option's words may hold a comma ("Bias testing (credit 10), per release")
            return parts.isEmpty() ? NONE_CHOSEN : String.join("; ", parts);
        }
        return switch (q.kind()) {
            case CHOICE, MULTI_CHOICE, YES_NO -> option(q, node.asString());
            case PERCENT -> node.isNumber() ? number(node.asDouble() * 100, "#,##0.##") + " %" : node.asString();
            case NUMBER -> node.isNumber() ? number(node.asDouble(), "#,##0.####") : node.asString();
            case INTEGER -> node.isNumber() ? number(node.asDouble(), "#,##0") : node.asString();
            case TEXT, TEXTAREA -> node.isNumber() ? node.numberValue().toString() : node.asString();
        };
    }

    private static String option(Questionnaire.Question q, String code) {
        return code == null || code.isEmpty() ? code : Questionnaire.optionLabel(q.path(), code);
    }

    /** Rounded by the pattern, so that 0.07 × 100 reads 7, not 7.000000000000001. */
    private static String number(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (var part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }
}
