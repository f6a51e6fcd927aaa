package dev.greenlight.scoring;

public enum TransparencyObligation {
    INTERACTS_WITH_PEOPLE, SYNTHETIC_CONTENT, EMOTION_RECOGNITION, DEEP_FAKES;
    public String label() { return name(); }
}
