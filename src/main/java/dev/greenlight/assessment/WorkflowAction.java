package dev.greenlight.assessment;

/** What someone does to move an assessment through review (PRODUCT.md §2). */
public enum WorkflowAction {
    SUBMIT("submit"),
    REQUEST_CHANGES("request changes on"),
    APPROVE("approve"),
    APPROVE_WITH_CONDITIONS("approve with conditions"),
    REJECT("reject"),
    ARCHIVE("archive"),
    /** A product manager ends an approved project on a re-review after a kill rule fired (PRODUCT.md §7). */
    STOP("stop");

    private final String verb;

    WorkflowAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }

    /** The reviewer's decisions, as opposed to the author's submit and the housekeeping archive. */
    public boolean isDecision() {
        return this == REQUEST_CHANGES || this == APPROVE || this == APPROVE_WITH_CONDITIONS || this == REJECT;
    }

    public boolean isApproval() {
        return this == APPROVE || this == APPROVE_WITH_CONDITIONS;
    }
}
