package dev.greenlight.scoringmodel;

import dev.greenlight.scoring.Recommendation;
import java.util.List;

/**
 * What a scoring model does to the stored assessments: how many were scored, and each whose recommendation moves.
 * Shown before an administrator saves a model ("3 recommendations would change") and after a re-score.
 */
public record ModelEffect(String modelVersion, int scored, List<Move> moves) {

    public ModelEffect {
        moves = List.copyOf(moves);
    }

    /** One assessment whose recommendation changes, with its score before and after. */
    public record Move(long id, String title, Recommendation from, Recommendation to, double scoreBefore, double scoreAfter) {
    }

    /** "3 of 12 recommendations would change" in the words of a preview, or "change" after a re-score. */
    public String describe(boolean preview) {
        var changing = moves.size() == 1 ? "1 recommendation " : moves.size() + " recommendations ";
        return (moves.isEmpty() ? "No recommendation " : changing) + (preview ? "would change" : "changed")
                + " (" + scored + " scored assessment" + (scored == 1 ? "" : "s") + ").";
    }
}
