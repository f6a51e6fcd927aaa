package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.ScoringModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The answers the business case names besides the money: the sponsor and the kill criterion (PRODUCT.md §2, §7). */
class BusinessCaseInputsTest {

    private static final GreenlightScorer SCORER = new GreenlightScorer(ScoringModel.V1.withTrials(2_000), EuAiActRulesFile.bundled());

    @Test
    void the_fraud_sample_names_its_sponsor_and_its_first_kill_criterion() throws Exception {
        var input = ScoringInputs.of(AssessmentJson.read(fraud()), Locale.US);

        assertThat(input.narrative().sponsor()).isEqualTo("VP Payments");
        assertThat(SCORER.score(input).businessCase())
                .startsWith("Card fraud early warning, sponsored by VP Payments, is expected to return about")
                .contains(" Kill criterion: Stop the rollout and revert to the rule engine if, after 3 months in the A/B "
                        + "test, recall at the 0.5 % alert rate is below 0.50 or fraud losses in the treatment group are "
                        + "not at least 8 % lower than in control (and 2 more in the success metric). ");
    }

    @Test
    void kill_rules_are_said_in_the_words_tracking_uses_and_come_before_the_free_text() throws Exception {
        var json = fraud().replace("\"killCriteria\":", "\"killRules\": [{\"measure\": \"MODEL_METRIC\", "
                + "\"operator\": \"BELOW\", \"threshold\": 0.5, \"fromMonth\": 3}, {\"measure\": \"KPI\", "
                + "\"operator\": \"ABOVE\", \"threshold\": 12500000}], \"killCriteria\":");

        assertThat(SCORER.score(ScoringInputs.of(AssessmentJson.read(json), Locale.US)).businessCase())
                .contains(" Kill criteria: stop if production Recall at 0.5% alert rate is below 0.50 from month 3; "
                        + "stop if Annual card-fraud losses is above 12,500,000. ")
                .doesNotContain("revert to the rule engine");
    }

    @Test
    void a_blank_sponsor_and_no_kill_criteria_are_said_to_be_missing() throws Exception {
        var json = fraud().replace("\"sponsor\": \"VP Payments\"", "\"sponsor\": \" \"")
                .replaceFirst("\"killCriteria\": \"[^\"]*\"", "\"killCriteria\": null");

        assertThat(SCORER.score(ScoringInputs.of(AssessmentJson.read(json), Locale.US)).businessCase())
                .startsWith("Card fraud early warning is expected to return about")
                .contains(" No sponsor has been named and no kill criterion has been set. ");
    }

    private static String fraud() throws Exception {
        return Files.readString(Path.of("sample-data", "01-card-fraud-early-warning.json"));
    }
}
