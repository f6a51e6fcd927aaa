package dev.greenlight.scoring;

/** Practices banned by Article 5(1) of the EU AI Act (Regulation (EU) 2024/1689), with their letters. */
public enum ProhibitedPractice {
    SUBLIMINAL_MANIPULATION("subliminal, manipulative or deceptive techniques that distort behaviour", "Art. 5(1)(a)"),
    EXPLOITING_VULNERABILITIES("exploiting vulnerabilities due to age, disability or social or economic situation", "Art. 5(1)(b)"),
    SOCIAL_SCORING("social scoring", "Art. 5(1)(c)"),
    CRIME_PREDICTION_BY_PROFILING("predicting crimes from profiling or personality traits alone", "Art. 5(1)(d)"),
    UNTARGETED_FACE_SCRAPING("untargeted scraping of facial images to build recognition databases", "Art. 5(1)(e)"),
    EMOTION_RECOGNITION_WORK_SCHOOL("emotion recognition at work or in education", "Art. 5(1)(f)"),
    BIOMETRIC_CATEGORISATION_SENSITIVE("biometric categorisation by sensitive traits", "Art. 5(1)(g)"),
    REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT(
            "real-time remote biometric identification in public spaces for law enforcement", "Art. 5(1)(h)");

    private final String label;
    private final String article;

    ProhibitedPractice(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
