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

    /** Mid-sentence: "Recommendation: go with conditions". */
    public String label() {
        return label;
    }

    /** On its own, as a badge, a cell or a heading says it: "Go with conditions", "No-go". */
    public String heading() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** Returns this recommendation, or {@code ceiling} if this one is better than the ceiling allows. */
    public Recommendation cappedAt(Recommendation ceiling) {
        return ordinal() < ceiling.ordinal() ? ceiling : this;
    }
}
