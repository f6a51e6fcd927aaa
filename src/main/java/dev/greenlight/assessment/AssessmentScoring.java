package dev.greenlight.assessment;

import org.springframework.stereotype.Component;

@Component
class AssessmentScoring {
    void apply(Assessment assessment) {
        // WIRING PENDING (replaced before commit)
    }
}
