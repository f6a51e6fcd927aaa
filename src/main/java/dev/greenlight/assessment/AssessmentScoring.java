package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.document.ScoringInputs;
import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringInput;
import dev.greenlight.scoring.ScoringModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns the questionnaire into the engine's input and keeps the stored score in step with the answers.
 * A draft is scored as soon as its money section is complete enough to mean something; until then it has
 * no score, and {@link ScoringInputs#missingForScore} says what to fill in. The model comes from whoever provides
 * {@link ScoringModelInForce} (the scoringmodel module), which this module never imports.
 */
@Component
class AssessmentScoring {

    private final ScoringModelInForce models;

    AssessmentScoring(ScoringModelInForce models) {
        this.models = models;
    }

    /** The model in force now; scores already stored keep the version that computed them. */
    ScoringModel model() {
        return models.current();
    }

    /** Recomputes and stores the score columns and the score document, or clears them if it cannot score. */
    void apply(Assessment assessment) {
        var result = score(assessment.getDocument(), Locale.US);
        if (result.isEmpty()) {
            assessment.setScore(null, null);
            assessment.setEuAiAct(null, List.of());
            return;
        }
        var r = result.get();
        var f = r.financials();
        var summary = new ScoreSummary(r.modelVersion(), r.score(), r.recommendation(), r.ethics().level(),
                r.ethics().euAiActTier(), r.subscores().value(), r.subscores().confidence(), r.subscores().readiness(),
                r.subscores().ethics(), f.npv(), f.riskAdjustedNpv(), f.monteCarlo().probabilityNpvPositive(), f.buildCost(),
                r.ethics().residualRisk(), f.currency(),
                f.alternative() == null ? null : f.alternative().incrementalRiskAdjustedNpv());
        assessment.setScore(summary, AssessmentJson.scoreMapper().writeValueAsString(r));
        var eu = r.ethics().euAiAct();
        assessment.setEuAiAct(java.time.LocalDate.parse(eu.rulesReviewed()), eu.obligations().stream()
                .map(o -> new DueObligation(o.article(), o.title(), o.appliesTo(), o.date())).toList());
    }

    Optional<ScoreResult> score(AssessmentDocument doc, Locale locale) {
        if (!ScoringInputs.missingForScore(doc).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GreenlightScorer(model(), EuAiActRulesFile.bundled()).score(input(doc, locale)));
    }

    ScoringInput input(AssessmentDocument doc, Locale locale) {
        return ScoringInputs.of(doc, locale);
    }


}
