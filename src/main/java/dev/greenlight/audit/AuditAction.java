package dev.greenlight.audit;

/** What the audit trail records (issue 6). */
public enum AuditAction {
    LOGIN_SUCCEEDED("Signed in"),
    LOGIN_FAILED("Sign-in failed"),
    CREATED("Created"),
    CHANGED("Changed"),
    SUBMITTED("Submitted"),
    DECIDED("Decided"),
    SIGNED_OFF("Leadership sign-off"),
    COMMENTED("Commented"),
    EXPORTED("Exported"),
    RESCORED("Re-scored"),
    USER_CREATED("User created"),
    USER_CHANGED("User changed"),
    MODEL_CHANGED("Scoring model changed"),
    LOGIN_FAILURES_SUMMARISED("Sign-in failures (summary)"),
    TOKEN_CREATED("API token created"),
    TOKEN_REVOKED("API token revoked"),
    CHECKED_IN("Check-in"),
    KILL_RULE_MET("Kill rule met"),
    RE_REVIEWED("Re-review decided"),
    REPORTING_CURRENCY_CHANGED("Reporting currency changed"),
    RATES_RECORDED("Exchange rates recorded");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
