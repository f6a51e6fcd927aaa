package dev.greenlight.assessment;

import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringInput;
import dev.greenlight.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns the questionnaire into the engine's input and keeps the stored score in step with the answers.
 * A draft is scored as soon as its money section is complete enough to mean something; until then it has
 * no score, and {@link #missingForScore} says what to fill in.
 */
@Component
class AssessmentScoring {

    private final ScoringModels models;

    AssessmentScoring(ScoringModels models) {
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
        if (!missingForScore(doc).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GreenlightScorer(model()).score(input(doc, locale)));
    }

    /** What must be answered before the engine can score: each item is a JSON path and a plain reason. */
    static List<FieldError> missingForScore(AssessmentDocument doc) {
        var missing = new ArrayList<FieldError>();
        var f = doc.financials();
        if (f == null) {
            missing.add(new FieldError("financials", "the ROI section is needed for a score"));
            return missing;
        }
        if (f.currency() == null) {
            missing.add(new FieldError("financials.currency", "choose the currency"));
        }
        if (f.horizonYears() == null) {
            missing.add(new FieldError("financials.horizonYears", "choose the horizon (1–10 years)"));
        }
        if (f.discountRate() == null) {
            missing.add(new FieldError("financials.discountRate", "set the discount rate"));
        }
        if (f.probabilityOfSuccess() == null) {
            missing.add(new FieldError("financials.probabilityOfSuccess", "estimate the probability of technical success"));
        }
        if (f.adoptionByYear() == null || (f.horizonYears() != null && f.adoptionByYear().size() != f.horizonYears())) {
            missing.add(new FieldError("financials.adoptionByYear", "give the adoption for each year of the horizon"));
        }
        if (isEmpty(f.buildCosts()) && isEmpty(f.annualRunCosts()) && isEmpty(f.annualBenefits())) {
            missing.add(new FieldError("financials.annualBenefits", "add at least one cost or benefit line"));
        }
        var a = f.alternative();
        if (a != null) {
            if (a.name() == null) {
                missing.add(new FieldError("financials.alternative.name", "name the best non-AI way"));
            }
            if (a.probabilityOfSuccess() == null) {
                missing.add(new FieldError("financials.alternative.probabilityOfSuccess",
                        "estimate the non-AI way's chance of success"));
            }
            if (isEmpty(a.buildCosts()) && isEmpty(a.annualRunCosts()) && isEmpty(a.annualBenefits())) {
                missing.add(new FieldError("financials.alternative.annualBenefits",
                        "add at least one cost or benefit line for the non-AI way"));
            }
        }
        return missing;
    }

    ScoringInput input(AssessmentDocument doc, Locale locale) {
        return ScoringInputs.of(doc, locale);
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

}
