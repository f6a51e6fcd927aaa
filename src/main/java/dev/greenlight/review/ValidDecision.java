package dev.greenlight.review;

import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a decision must carry (PRODUCT.md §2; issue 16 item 1): a rationale for every decision — an approval or a
 * sign-off commits money as surely as a rejection withholds it, so the record says why; conditions exactly when
 * approving with conditions, each one line and within limits. Refused whole, every field named.
 */
record ValidDecision(DecisionType decision, int version, List<String> conditions, String rationale) {

    static final int CONDITION_MAX = 500;
    static final int CONDITIONS_MAX = 30;


    static ValidDecision validate(DecisionRequest request) {
        var errors = new ArrayList<FieldError>();
        if (request == null) {
            throw ReviewService.invalid("$", "a decision is required");
        }
        var type = request.decision();
        if (type == null) {
            errors.add(new FieldError("decision", "is required: one of " + List.of(DecisionType.values())));
        }
        if (request.version() == null || request.version() < 1) {
            errors.add(new FieldError("version", "is required: the number of the version you decide on (1 or more)"));
        }
        var rationale = request.rationale() == null ? null : request.rationale().strip();
        if (rationale != null && rationale.isEmpty()) {
            rationale = null;
        }
        if (rationale != null && rationale.length() > ReviewService.TEXT_MAX) {
            errors.add(new FieldError("rationale", "must be at most " + ReviewService.TEXT_MAX + " characters, was " + rationale.length()));
        } else if (AssessmentValidator.plainText("rationale", rationale) != null) {
            errors.add(AssessmentValidator.plainText("rationale", rationale));
        }
        if (rationale == null && type != null) {
            errors.add(new FieldError("rationale", "is required: " + askFor(type)));
        }
        var conditions = new ArrayList<String>();
        for (int i = 0; i < request.conditions().size(); i++) {
            var c = request.conditions().get(i) == null ? "" : request.conditions().get(i).strip();
            if (c.isEmpty()) {
                errors.add(new FieldError("conditions[" + i + "]", "must not be blank"));
            } else if (c.length() > CONDITION_MAX) {
                errors.add(new FieldError("conditions[" + i + "]", "must be at most " + CONDITION_MAX + " characters, was " + c.length()));
            } else if (c.contains("\n") || c.contains("\r")) {
                errors.add(new FieldError("conditions[" + i + "]", "must be one line; make each condition its own entry"));
            } else if (AssessmentValidator.plainText("conditions[" + i + "]", c) != null) {
                errors.add(AssessmentValidator.plainText("conditions[" + i + "]", c));
            } else {
                conditions.add(c);
            }
        }
        if (request.conditions().size() > CONDITIONS_MAX) {
            errors.add(new FieldError("conditions", "at most " + CONDITIONS_MAX + " conditions, were " + request.conditions().size()));
        }
        if (type == DecisionType.APPROVE_WITH_CONDITIONS && request.conditions().isEmpty()) {
            errors.add(new FieldError("conditions", "are required when approving with conditions"));
        }
        if (type != null && type != DecisionType.APPROVE_WITH_CONDITIONS && !request.conditions().isEmpty()) {
            errors.add(new FieldError("conditions", "only an approval with conditions carries conditions; use APPROVE_WITH_CONDITIONS"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
        return new ValidDecision(type, request.version(), List.copyOf(conditions), rationale);
    }

    /** What the rationale of each decision answers, as the person deciding is asked for it. */
    static String askFor(DecisionType type) {
        return switch (type) {
            case REQUEST_CHANGES -> "say what to change";
            case APPROVE, APPROVE_WITH_CONDITIONS -> "say why you approve";
            case REJECT -> "say why you reject";
            case SIGN_OFF -> "say why you sign off";
            case REFUSE_SIGN_OFF -> "say why you refuse the sign-off";
        };
    }

}
