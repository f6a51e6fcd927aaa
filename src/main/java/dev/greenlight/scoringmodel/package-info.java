/**
 * The scoring model's administration (PRODUCT.md §1): the stored model versions and the one in force
 * ({@link dev.greenlight.assessment.ScoringModelInForce}), saving a new version, previewing its effect and re-scoring
 * every stale assessment, and the admin view.
 */
@ApplicationModule(displayName = "Scoring model")
package dev.greenlight.scoringmodel;

import org.springframework.modulith.ApplicationModule;
