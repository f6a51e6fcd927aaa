package dev.greenlight.scoring;

/** The engine's advice, from best to worst; the declaration order is used to apply caps. */
public enum Recommendation {
    GO("go"),
    GO_WITH_CONDITIONS("go with conditions"),
    REVISE("revise"),
    NO_GO("no-go");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Returns this recommendation, or {@code ceiling} if this one is better than the ceiling allows. */
    public Recommendation cappedAt(Recommendation ceiling) {
        return ordinal() < ceiling.ordinal() ? ceiling : this;
    }
}
