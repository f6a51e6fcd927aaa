package dev.greenlight.review;

import dev.greenlight.assessment.WorkflowAction;

/** What a reviewer decided: a product manager's four decisions and leadership's sign-off or refusal. */
public enum DecisionType {
    REQUEST_CHANGES("Changes requested", WorkflowAction.REQUEST_CHANGES),
    APPROVE("Approved", WorkflowAction.APPROVE),
    APPROVE_WITH_CONDITIONS("Approved with conditions", WorkflowAction.APPROVE_WITH_CONDITIONS),
    REJECT("Rejected", WorkflowAction.REJECT),
    SIGN_OFF("Signed off by leadership", null),
    REFUSE_SIGN_OFF("Sign-off refused by leadership", null);

    private final String label;
    private final WorkflowAction action;

    DecisionType(String label, WorkflowAction action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    /** The lifecycle move of a product manager's decision; null for leadership's sign-off types. */
    public WorkflowAction action() {
        return action;
    }

    public boolean isSignOff() {
        return action == null;
    }
}
