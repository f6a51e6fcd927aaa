package dev.greenlight.review;

import java.util.List;

/**
 * A product manager's decision, as the API receives it:
 * {@code {"decision": "APPROVE_WITH_CONDITIONS", "version": 2, "conditions": [...], "rationale": "..."}}.
 * For leadership, {@code SIGN_OFF} or {@code REFUSE_SIGN_OFF} on the version whose approval waits.
 */
public record DecisionRequest(DecisionType decision, Integer version, List<String> conditions, String rationale) {

    public DecisionRequest {
        conditions = conditions == null ? List.of() : conditions;
    }
}
