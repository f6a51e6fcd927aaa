package dev.greenlight.tracking.ui;

import dev.greenlight.assessment.ui.ScoreNote;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.tracking.CalibrationService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tracking's word beside every score: the outside view (PRODUCT.md §10.2) — what the organisation's tracked projects
 * realised against their forecasts and this project's risk-adjusted NPV adjusted the same way, or how many more tracked
 * projects are needed first — and, once a factor applies, the condition "meet the outside view".
 */
@Component
class OutsideViewNote implements ScoreNote {

    private final CalibrationService calibration;

    OutsideViewNote(CalibrationService calibration) {
        this.calibration = calibration;
    }

    @Override
    public Optional<Note> about(Long assessmentId, AssessmentDocument document, ScoreResult score) {
        if (score == null) {
            return Optional.empty();
        }
        var view = calibration.outsideView(assessmentId, document, score);
        return Optional.of(new Note("outside-view", "Outside view: " + view.sentence(), view.condition()));
    }
}
