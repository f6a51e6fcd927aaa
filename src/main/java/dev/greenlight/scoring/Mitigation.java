package dev.greenlight.scoring;

public enum Mitigation {
    BIAS_TESTING(3), HUMAN_OVERSIGHT(3), APPEAL_PROCESS(2), PRODUCTION_MONITORING(2), PRIVACY_REVIEW(2),
    INDEPENDENT_REVIEW(2), DOCUMENTATION(1), SECURITY_TESTING(1), STAGED_ROLLOUT(1), KILL_SWITCH(1);
    private final int credit;
    Mitigation(int credit) { this.credit = credit; }
    public int credit() { return credit; }
    public String label() { return name(); }
}
