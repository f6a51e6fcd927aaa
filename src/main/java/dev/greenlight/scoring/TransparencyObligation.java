package dev.greenlight.scoring;

/** Transparency duties of Article 50 of the EU AI Act. */
public enum TransparencyObligation {
    INTERACTS_WITH_PEOPLE("Interacts directly with people", "Art. 50(1)",
            "Tell people they are interacting with an AI system (Art. 50(1))"),
    SYNTHETIC_CONTENT("Generates synthetic audio, image, video or text", "Art. 50(2)",
            "Mark generated content as artificially generated, in a machine-readable way (Art. 50(2))"),
    EMOTION_RECOGNITION("Recognises emotions or categorises people biometrically", "Art. 50(3)",
            "Inform the people exposed to emotion recognition or biometric categorisation (Art. 50(3))"),
    DEEP_FAKES("Creates or manipulates deep fakes", "Art. 50(4)",
            "Disclose that deep-fake content has been artificially generated or manipulated (Art. 50(4))");

    private final String label;
    private final String article;
    private final String duty;

    TransparencyObligation(String label, String article, String duty) {
        this.label = label;
        this.article = article;
        this.duty = duty;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /** The duty as an approval condition. */
    public String duty() {
        return duty;
    }
}
