package dev.greenlight.scoring;

public enum HighRiskArea {
    BIOMETRICS, CRITICAL_INFRASTRUCTURE, EDUCATION, EMPLOYMENT, ESSENTIAL_SERVICES, LAW_ENFORCEMENT,
    MIGRATION_BORDER, JUSTICE_DEMOCRACY;
    public String label() { return name(); }
}
