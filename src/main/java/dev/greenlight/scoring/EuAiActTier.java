package dev.greenlight.scoring;

/** EU AI Act risk tier, from most to least restrictive; {@link #OUT_OF_SCOPE} when Art. 2 excludes the system. */
public enum EuAiActTier {
    PROHIBITED("prohibited"),
    HIGH_RISK("high-risk"),
    LIMITED("limited risk"),
    MINIMAL("minimal risk"),
    OUT_OF_SCOPE("out of scope");

    private final String label;

    EuAiActTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
