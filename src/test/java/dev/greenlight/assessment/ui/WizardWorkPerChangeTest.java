package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.assessment.AssessmentJson;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentValidator;
import dev.greenlight.assessment.CountedScoring;
import dev.greenlight.assessment.Questionnaire.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 11: one field change is one parse, one validation, one save and one score, and the live panel shows
 * the score that save computed. Counts the scoring bean's work and every call of the validator.
 */
@SpringBootTest
@ViewPackages(packages = "dev.greenlight")
@WithMockUser(username = "engineer", roles = "ENGINEER")
@Import(CountedScoring.class)
class WizardWorkPerChangeTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService service;
    @Autowired
    CountedScoring.Counter scoring;

    private long fraudDraft() throws IOException {
        var doc = AssessmentJson.read(Files.readString(Path.of("sample-data/01-card-fraud-early-warning.json")));
        return service.create(doc.withTitle("Counted " + System.nanoTime())).id();
    }

    private NumberField number(String path) {
        return $(NumberField.class).id(QuestionFields.idOf(path));
    }

    private static MockedStatic<AssessmentValidator> countingValidations() {
        return mockStatic(AssessmentValidator.class, CALLS_REAL_METHODS);
    }

    @Test
    void opening_the_wizard_and_walking_through_its_steps_validates_and_scores_nothing() throws IOException {
        var id = fraudDraft();
        int scores = scoring.scores();
        try (var validator = countingValidations()) {
            navigate(WizardView.class, id);
            for (var step : Step.values()) {
                test($(Tabs.class).single()).select(step.ordinal());
            }
            validator.verify(() -> AssessmentValidator.validate(any()), never());
        }
        assertThat(scoring.scores()).isEqualTo(scores);
        assertThat($(Span.class).id("live-score").getText()).isEqualTo(String.valueOf(Math.round(service.get(id).score().score())));
    }

    @Test
    void a_valid_change_is_validated_once_saved_once_and_scored_once_and_the_panel_shows_that_score() throws IOException {
        var id = fraudDraft();
        navigate(WizardView.class, id);
        test($(Tabs.class).single()).select(Step.ROI.ordinal());
        var likely = number("financials.annualBenefits[0].likely");
        long version = service.get(id).version();
        int scores = scoring.scores();
        try (var validator = countingValidations()) {
            test(likely).setValue(likely.getValue() - 100_000);
            validator.verify(() -> AssessmentValidator.validate(any()), times(1));
        }
        assertThat(scoring.scores()).isEqualTo(scores + 1);
        var stored = service.get(id);
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat($(Span.class).id("live-score").getText()).isEqualTo(String.valueOf(Math.round(stored.score().score())));
    }

    @Test
    void the_review_step_shows_the_score_of_the_last_save_without_scoring_again() throws IOException {
        var id = fraudDraft();
        navigate(WizardView.class, id);
        int scores = scoring.scores();
        try (var validator = countingValidations()) {
            test($(TextField.class).id(QuestionFields.idOf("summary"))).setValue("Flags risky card payments before settlement");
            test($(Tabs.class).single()).select(Step.REVIEW.ordinal());
            validator.verify(() -> AssessmentValidator.validate(any()), times(1));
        }
        assertThat(scoring.scores()).isEqualTo(scores + 1);
        assertThat($(Paragraph.class).id("review-business-case").getText()).isEqualTo(service.get(id).scoreResult().businessCase());
    }

    @Test
    void an_invalid_change_is_validated_once_and_never_scored_or_saved() throws IOException {
        var id = fraudDraft();
        navigate(WizardView.class, id);
        test($(Tabs.class).single()).select(Step.ROI.ordinal());
        var low = number("financials.buildCosts[0].low");
        var before = service.get(id);
        int scores = scoring.scores();
        try (var validator = countingValidations()) {
            test(low).setValue(before.document().financials().buildCosts().getFirst().likely() + 1);
            validator.verify(() -> AssessmentValidator.validate(any()), times(1));
        }
        assertThat(scoring.scores()).isEqualTo(scores);
        assertThat(low.isInvalid()).isTrue();
        assertThat(service.get(id).version()).isEqualTo(before.version());
    }
}
