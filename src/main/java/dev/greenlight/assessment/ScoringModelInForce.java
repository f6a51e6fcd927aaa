package dev.greenlight.assessment;

import dev.greenlight.scoring.ScoringModel;

/**
 * The scoring model that scores assessments now. The scoringmodel module stores and administers the versions and
 * implements this; it depends on this module (it re-scores assessments), so this module asks through an interface
 * it owns rather than importing its administrator, and no cycle forms (decision 011).
 */
public interface ScoringModelInForce {

    /** The newest saved model, or {@link ScoringModel#V1} while none is saved; never null. */
    ScoringModel current();
}
