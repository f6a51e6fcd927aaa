package dev.greenlight.scoring;

/** A risk control a team commits to, with the credit it earns against raw ethical risk (PRODUCT.md §3.2). */
public enum Mitigation {
    BIAS_TESTING(3, "Bias testing across affected groups",
            "Test the model for bias across the groups it affects before launch"),
    HUMAN_OVERSIGHT(3, "Human oversight of decisions",
            "Put human oversight in place before launch, with the authority to override the system"),
    APPEAL_PROCESS(2, "Appeal process for affected people",
            "Give affected people a way to contest decisions before launch"),
    PRODUCTION_MONITORING(2, "Production monitoring (quality, drift, incidents)",
            "Set up production monitoring of model quality, drift and incidents before launch"),
    PRIVACY_REVIEW(2, "Privacy review (DPIA)",
            "Complete a privacy review before launch"),
    INDEPENDENT_REVIEW(2, "Independent review",
            "Have the system reviewed by someone independent of the team before launch"),
    DOCUMENTATION(1, "Documentation (purpose, data, model, limits)",
            "Document the system's purpose, data, model and known limits before launch"),
    SECURITY_TESTING(1, "Security testing",
            "Security-test the system before launch"),
    STAGED_ROLLOUT(1, "Staged rollout",
            "Roll the system out in stages"),
    KILL_SWITCH(1, "Kill switch",
            "Provide a way to switch the system off quickly");

    /** The sum of all credits, M_max in PRODUCT.md §3.2. */
    public static final int MAX_CREDIT = 18;

    private final int credit;
    private final String label;
    private final String condition;

    Mitigation(int credit, String label, String condition) {
        this.credit = credit;
        this.label = label;
        this.condition = condition;
    }

    public int credit() {
        return credit;
    }

    public String label() {
        return label;
    }

    /** The approval condition to write when this control is required but missing. */
    public String condition() {
        return condition;
    }
}
