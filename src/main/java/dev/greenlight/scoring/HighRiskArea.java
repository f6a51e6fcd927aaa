package dev.greenlight.scoring;

/** The high-risk areas of Annex III of the EU AI Act, numbered as in the Annex. */
public enum HighRiskArea {
    BIOMETRICS("Biometrics (remote identification, categorisation, emotion recognition)", "biometrics", "Annex III 1"),
    CRITICAL_INFRASTRUCTURE("Critical infrastructure (safety components of digital infrastructure, traffic, utilities)",
            "critical infrastructure", "Annex III 2"),
    EDUCATION("Education and vocational training (admission, grading, proctoring)", "education", "Annex III 3"),
    EMPLOYMENT("Employment and worker management (recruitment, promotion, task allocation, monitoring)",
            "employment", "Annex III 4"),
    ESSENTIAL_SERVICES("Essential private and public services (public benefits, credit scoring, "
            + "life and health insurance pricing, emergency dispatch)",
            "essential services such as credit scoring or insurance pricing", "Annex III 5"),
    LAW_ENFORCEMENT("Law enforcement", "law enforcement", "Annex III 6"),
    MIGRATION_BORDER("Migration, asylum and border control", "migration and border control", "Annex III 7"),
    JUSTICE_DEMOCRACY("Administration of justice and democratic processes", "justice and democratic processes",
            "Annex III 8");

    private final String label;
    private final String shortLabel;
    private final String article;

    HighRiskArea(String label, String shortLabel, String article) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.article = article;
    }

    public String label() {
        return label;
    }

    /** A phrase that fits in a sentence ("high-risk (employment)"). */
    public String shortLabel() {
        return shortLabel;
    }

    public String article() {
        return article;
    }
}
