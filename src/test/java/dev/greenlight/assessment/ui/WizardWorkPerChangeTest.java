package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.CountedScoring;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.Questionnaire.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 11: one field change is one parse, one validation, one save and one score, and the live panel shows
 * the score that save computed. Counts the scoring bean's work and every call of the validator.
 */
@ViewTest
@WithMockUser(username = "engineer", roles = "ENGINEER")
@Import(CountedScoring.class)
class WizardWorkPerChangeTest extends ViewTestCase {

    @Autowired
    AssessmentService service;
    @Autowired
    CountedScoring.Counter scoring;

    /** A fresh copy of the fraud sample: complete, and scored when it was created. */
    private long fraudCopy() throws IOException {
        var doc = AssessmentJson.read(Files.readString(Path.of("sample-data/01-card-fraud-early-warning.json")));
        return service.create(doc.withTitle("Counted " + System.nanoTime())).id();
    }

    /** Opens the wizard at a step, on a fresh copy of the fraud sample. */
    private long openAt(Step step) throws IOException {
        var id = fraudCopy();
        navigate(WizardView.class, id);
        test($(Tabs.class).single()).select(step.ordinal());
        return id;
    }

    /** Runs what the user does and checks how often it validated (any caller) and scored. */
    private void assertWork(Runnable userAction, int validations, int scores) {
        int before = scoring.scores();
        try (var validator = mockStatic(AssessmentValidator.class, CALLS_REAL_METHODS)) {
            userAction.run();
            validator.verify(() -> AssessmentValidator.validate(any()), times(validations));
        }
        assertThat(scoring.scores() - before).as("scores").isEqualTo(scores);
    }

    private NumberField number(String path) {
        return $(NumberField.class).id(QuestionFields.idOf(path));
    }

    private String liveScore() {
        return $(Span.class).id("live-score").getText();
    }

    @Test
    void opening_the_wizard_and_walking_through_its_steps_validates_and_scores_nothing() throws IOException {
        var id = fraudCopy();
        assertWork(() -> {
            navigate(WizardView.class, id);
            for (var step : Step.values()) {
                test($(Tabs.class).single()).select(step.ordinal());
            }
        }, 0, 0);
        assertThat(liveScore()).isEqualTo(String.valueOf(Math.round(service.get(id).score().score())));
    }

    @Test
    void a_valid_change_is_validated_once_saved_once_and_scored_once_and_the_panel_shows_that_score() throws IOException {
        var id = openAt(Step.ROI);
        // the fraud sample's first benefit is derived from model performance (issue 13): change its likely recall
        var likely = number("financials.annualBenefits[0].derivedFrom.recall.likely");
        long version = service.get(id).version();
        assertWork(() -> test(likely).setValue(likely.getValue() - 2), 1, 1);
        var stored = service.get(id);
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat(liveScore()).isEqualTo(String.valueOf(Math.round(stored.score().score())));
    }

    @Test
    void the_review_step_shows_the_score_of_the_last_save_without_scoring_again() throws IOException {
        var id = openAt(Step.PROBLEM);
        assertWork(() -> {
            test($(TextField.class).id(QuestionFields.idOf("summary"))).setValue("Flags risky card payments before settlement");
            test($(Tabs.class).single()).select(Step.REVIEW.ordinal());
        }, 1, 1);
        assertThat($(Paragraph.class).id("review-business-case").getText()).isEqualTo(service.get(id).scoreResult().businessCase());
    }

    @Test
    void an_invalid_change_is_validated_once_and_never_scored_or_saved() throws IOException {
        var id = openAt(Step.ROI);
        var low = number("financials.buildCosts[0].low");
        var before = service.get(id);
        assertWork(() -> test(low).setValue(before.document().financials().buildCosts().getFirst().likely() + 1), 1, 0);
        assertThat(low.isInvalid()).isTrue();
        assertThat(service.get(id).version()).isEqualTo(before.version());
    }
}
