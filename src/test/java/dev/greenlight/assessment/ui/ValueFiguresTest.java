package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.SampleInputs;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringModel;
import org.junit.jupiter.api.Test;

/** The assessment page says which scoring method a score used (PRODUCT.md §6). */
class ValueFiguresTest {

    @Test
    void a_fresh_score_says_method_2_and_a_stored_method_1_score_says_how_to_move_on() {
        ScoreResult fresh = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(SampleInputs.fraud());
        assertThat(ValueFigures.method(fresh)).isEqualTo("Scored with model v1, method 2.");
        var stored = new ScoreResult(fresh.modelVersion(), fresh.score(), fresh.recommendation(), fresh.subscores(),
                fresh.conditions(), fresh.explanation(), fresh.businessCase(), fresh.financials(), fresh.ethics(), null);
        assertThat(stored.method()).isEqualTo(1);
        assertThat(ValueFigures.method(stored)).isEqualTo("Scored with model v1, method 1 (before value models and the "
                + "priced alternative; re-score to use method 2).");
        assertThat(ValueFigures.of(fresh, "score").getChildren()).as("no derived line, no alternative: nothing to show")
                .isEmpty();
    }
}
