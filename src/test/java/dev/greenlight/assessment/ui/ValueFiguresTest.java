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
    void a_fresh_score_says_method_3_and_a_stored_older_score_says_what_it_lacks() {
        ScoreResult fresh = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(SampleInputs.fraud());
        assertThat(ValueFigures.method(fresh)).isEqualTo("Scored with model v1, method 3.");
        assertThat(ValueFigures.method(stored(fresh, null))).isEqualTo("Scored with model v1, method 1 (before value "
                + "models and the priced alternative; re-score to use method 3).");
        assertThat(ValueFigures.method(stored(fresh, 2))).isEqualTo("Scored with model v1, method 2 (before the "
                + "operating curve and the value of information; re-score to use method 3).");
        assertThat(stored(fresh, null).method()).isEqualTo(1);
        assertThat(ValueFigures.of(fresh, "score").getChildren()).as("no derived line, no alternative: nothing to show")
                .isEmpty();
    }

    private static ScoreResult stored(ScoreResult fresh, Integer method) {
        return new ScoreResult(fresh.modelVersion(), fresh.score(), fresh.recommendation(), fresh.subscores(),
                fresh.conditions(), fresh.explanation(), fresh.businessCase(), fresh.financials(), fresh.ethics(),
                method);
    }
}
