package dev.greenlight.scoring;

/** EU AI Act risk tier, from most to least restrictive. */
public enum EuAiActTier {
    PROHIBITED("prohibited"),
    HIGH_RISK("high-risk"),
    LIMITED("limited risk"),
    MINIMAL("minimal risk");

    private final String label;

    EuAiActTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
