package dev.greenlight.document;

import dev.greenlight.scoring.EuAiActRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Checks {@code ethics.euAiAct} against the rules file: every code must be an option of its question, listed
 * once, and no list may hold null. Each problem names its JSON path and the codes that would be accepted.
 */
final class EuAiActValidator {

    private EuAiActValidator() {
    }

    static List<FieldError> validate(AssessmentDocument.EuAiAct a, EuAiActRules rules) {
        var errors = new ArrayList<FieldError>();
        if (a == null) {
            return errors;
        }
        one(errors, rules, "scopeExclusion", a.scopeExclusion());
        one(errors, rules, "generalPurposeAi", a.generalPurposeAi());
        many(errors, rules, "prohibitedPractices", a.prohibitedPractices());
        many(errors, rules, "annexThreeUses", a.annexThreeUses());
        many(errors, rules, "article6_3", a.article6_3());
        many(errors, rules, "transparencyObligations", a.transparencyObligations());
        return errors;
    }

    private static void one(List<FieldError> errors, EuAiActRules rules, String field, String code) {
        if (code != null && rules.question(field).option(code).isEmpty()) {
            errors.add(unknown(rules, "ethics.euAiAct." + field, field, code));
        }
    }

    private static void many(List<FieldError> errors, EuAiActRules rules, String field, List<String> codes) {
        if (codes == null) {
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < codes.size(); i++) {
            String path = "ethics.euAiAct." + field + "[" + i + "]";
            String code = codes.get(i);
            if (code == null) {
                errors.add(new FieldError(path, "must be one of the listed values, not null"));
            } else if (rules.question(field).option(code).isEmpty()) {
                errors.add(unknown(rules, path, field, code));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(path, code + " is listed twice"));
            }
        }
    }

    private static FieldError unknown(EuAiActRules rules, String path, String field, String code) {
        var codes = rules.question(field).options().stream().map(EuAiActRules.Option::code).toList();
        return new FieldError(path, "\"" + code + "\" is not a code of the EU AI Act rules reviewed "
                + rules.lastReviewed() + "; one of " + String.join(", ", codes));
    }
}
