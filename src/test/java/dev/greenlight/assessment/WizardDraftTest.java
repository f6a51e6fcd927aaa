package dev.greenlight.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.assessment.WizardDraft.Progress;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.DocumentTree;
import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.Questionnaire.Step;
import dev.greenlight.document.ScoringInputs;
import dev.greenlight.scoring.Evidence;
import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The wizard's model of a draft, without a screen or Spring: what one change asks for, and what the draft then knows. */
class WizardDraftTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final GreenlightScorer SCORER = new GreenlightScorer(ScoringModel.V1.withTrials(500), EuAiActRulesFile.bundled());

    private static AssessmentDocument fraud() throws IOException {
        return AssessmentJson.read(Files.readString(Path.of("sample-data/01-card-fraud-early-warning.json")));
    }

    /** The assessment as the service hands it out: scored when it can be, as {@code AssessmentService.details} does. */
    private static AssessmentDetails stored(AssessmentDocument doc, long version) {
        var missing = ScoringInputs.missingForScore(doc);
        ScoreResult score = missing.isEmpty() ? SCORER.score(ScoringInputs.of(doc, Locale.US)) : null;
        return new AssessmentDetails(7, doc, AssessmentStatus.DRAFT, "engineer", version, Instant.EPOCH, Instant.EPOCH, null,
                score, missing, true, 0, null, null);
    }

    private static WizardDraft opened(AssessmentDocument doc) {
        return WizardDraft.open(stored(doc, 3), 0.1);
    }

    private static AssessmentDocument saveOf(WizardDraft.Change change) {
        assertThat(change).isInstanceOf(WizardDraft.Save.class);
        return ((WizardDraft.Save) change).document();
    }

    @Test
    void an_untouched_draft_needs_no_save() throws IOException {
        var draft = opened(fraud());
        assertThat(draft.change()).isInstanceOf(WizardDraft.Unchanged.class);
        assertThat(draft.errors()).isEmpty();
    }

    @Test
    void a_draft_without_a_discount_rate_gets_the_models_default_so_the_first_change_saves_it() {
        var draft = opened(AssessmentDocument.draft("Idea", null, null, null));
        var document = saveOf(draft.change());
        assertThat(document.financials().discountRate()).isEqualTo(0.1);
        assertThat(document.title()).isEqualTo("Idea");
    }

    @Test
    void a_changed_field_asks_for_one_save_under_the_version_last_seen() throws IOException {
        var draft = opened(fraud());
        draft.tree().set("summary", DocumentTree.text("Flags fraud before settlement"));
        var change = draft.change();
        assertThat(saveOf(change).summary()).isEqualTo("Flags fraud before settlement");
        assertThat(((WizardDraft.Save) change).expectedVersion()).isEqualTo(3);
    }

    @Test
    void after_a_save_the_draft_holds_the_version_the_document_and_the_score_the_save_returned() throws IOException {
        var draft = opened(fraud());
        draft.tree().set("financials.probabilityOfSuccess", DocumentTree.number(0.9));
        var saved = stored(saveOf(draft.change()), 4);
        draft.saved(saved);
        assertThat(draft.version()).isEqualTo(4);
        assertThat(draft.lastValid()).isEqualTo(saved.document());
        assertThat(draft.score()).containsSame(saved.scoreResult());
        assertThat(draft.change()).isInstanceOf(WizardDraft.Unchanged.class);
    }

    @Test
    void a_value_of_the_wrong_type_is_unreadable_names_its_path_and_marks_its_step_invalid() throws IOException {
        var draft = opened(fraud());
        draft.tree().set("financials.horizonYears", DocumentTree.text("three"));
        var change = draft.change();
        assertThat(change).isInstanceOf(WizardDraft.Unreadable.class);
        assertThat(draft.errors()).extracting(FieldError::path).containsExactly("financials.horizonYears");
        assertThat(draft.progress(Step.ROI)).isEqualTo(Progress.INVALID);
        assertThat(draft.progress(Step.PROBLEM)).isEqualTo(Progress.COMPLETE);
    }

    @Test
    void a_save_the_service_refuses_keeps_the_last_valid_document_and_its_score_and_marks_only_its_step() throws IOException {
        var draft = opened(fraud());
        var before = draft.lastValid();
        var score = draft.score().orElseThrow();
        ((ObjectNode) draft.tree().get("financials.buildCosts").get(0)).put("low", 10_000_000.0);
        var problems = AssessmentValidator.validate(saveOf(draft.change()));
        draft.refused(problems);
        assertThat(draft.errors()).extracting(FieldError::path).containsExactly("financials.buildCosts[0].low");
        assertThat(draft.lastValid()).isSameAs(before);
        assertThat(draft.score()).containsSame(score);
        assertThat(draft.version()).isEqualTo(3);
        assertThat(draft.progress(Step.ROI)).isEqualTo(Progress.INVALID);
        assertThat(draft.progress(Step.ETHICS)).isEqualTo(Progress.COMPLETE);
    }

    @Test
    void going_back_to_the_last_valid_answers_clears_the_errors() throws IOException {
        var draft = opened(fraud());
        var horizon = draft.tree().get("financials.horizonYears");
        draft.tree().set("financials.horizonYears", DocumentTree.text("three"));
        draft.change();
        draft.tree().set("financials.horizonYears", horizon);
        assertThat(draft.change()).isInstanceOf(WizardDraft.Unchanged.class);
        assertThat(draft.errors()).isEmpty();
        assertThat(draft.progress(Step.ROI)).isEqualTo(Progress.COMPLETE);
    }

    @Test
    void keeping_my_answers_after_a_conflict_saves_them_over_the_version_someone_else_wrote() throws IOException {
        var draft = opened(fraud());
        draft.tree().set("summary", DocumentTree.text("Mine"));
        draft.change();
        draft.keepMineOver(5);
        assertThat(((WizardDraft.Save) draft.change()).expectedVersion()).isEqualTo(5);
    }

    @Test
    void a_new_draft_is_incomplete_everywhere_and_roi_becomes_complete_once_it_can_be_scored() throws IOException {
        var draft = opened(AssessmentDocument.draft("Idea", null, null, null));
        for (var step : List.of(Step.PROBLEM, Step.METRIC, Step.ROI, Step.ETHICS)) {
            assertThat(draft.progress(step)).as(step.label()).isEqualTo(Progress.INCOMPLETE);
        }
        var complete = opened(fraud());
        for (var step : List.of(Step.PROBLEM, Step.METRIC, Step.ROI, Step.ETHICS)) {
            assertThat(complete.progress(step)).as(step.label()).isEqualTo(Progress.COMPLETE);
        }
    }

    @Test
    void a_step_is_ticked_only_when_the_submit_gate_would_find_nothing_missing_there() throws IOException {
        var draft = opened(fraud());
        draft.tree().set("ethics.euAiAct.role", DocumentTree.text(null));
        assertThat(draft.progress(Step.ETHICS)).as("the EU AI Act role is a required answer").isEqualTo(Progress.INCOMPLETE);
        assertThat(draft.missing()).extracting(FieldError::path).containsExactly("ethics.euAiAct.role");
        draft.tree().set("financials.discountRate", DocumentTree.number(null));
        assertThat(draft.progress(Step.ROI)).isEqualTo(Progress.INCOMPLETE);
        assertThat(draft.progress(Step.PROBLEM)).isEqualTo(Progress.COMPLETE);
    }

    @Test
    void what_is_missing_lists_what_scoring_needs_then_unanswered_questions_then_the_errors() {
        var draft = opened(AssessmentDocument.draft("Idea", null, null, null));
        draft.tree().set("financials.horizonYears", DocumentTree.text("three"));
        draft.change();
        var missing = draft.missing();
        assertThat(missing.getFirst()).isEqualTo(new FieldError("financials", "the ROI section is needed for a score"));
        assertThat(missing).extracting(FieldError::path).contains("summary", "problem.sponsor", "successMetric.kpiName", "ethics.answers.affectedPeople")
                .doesNotContain("title", "ethics.prohibitedPractices", "ethics.profilesPeople");
        assertThat(missing.getLast().path()).isEqualTo("financials.horizonYears");
        assertThat(missing.getLast().message()).contains("wrong type");
    }

    @Test
    void a_complete_assessment_misses_nothing() throws IOException {
        assertThat(opened(fraud()).missing()).isEmpty();
    }

    @Test
    void adoption_follows_the_horizon_keeping_the_shares_given_and_starting_new_years_at_50_then_100_percent() throws IOException {
        var draft = opened(fraud());
        draft.setAdoption(1, 0.8);
        draft.tree().set("financials.horizonYears", DocumentTree.integer(5));
        assertThat(draft.adoptionFollowingHorizon()).contains(List.of(0.5, 0.8, 1.0, 1.0, 1.0));
        draft.tree().set("financials.horizonYears", DocumentTree.integer(2));
        assertThat(draft.adoptionFollowingHorizon()).contains(List.of(0.5, 0.8));
        assertThat(saveOf(draft.change()).financials().adoptionByYear()).containsExactly(0.5, 0.8);

        var fresh = opened(AssessmentDocument.draft("Idea", null, null, null));
        fresh.tree().set("financials.horizonYears", DocumentTree.integer(3));
        assertThat(fresh.adoptionFollowingHorizon()).contains(List.of(0.5, 1.0, 1.0));
    }

    @Test
    void without_a_horizon_of_one_to_ten_years_adoption_waits_and_the_working_copy_is_left_alone() {
        var draft = opened(AssessmentDocument.draft("Idea", null, null, null));
        assertThat(draft.adoptionFollowingHorizon()).isEmpty();
        draft.tree().set("financials.horizonYears", DocumentTree.integer(11));
        assertThat(draft.adoptionFollowingHorizon()).isEmpty();
        assertThat(draft.tree().get("financials.adoptionByYear")).isNull();
    }

    @Test
    void the_suggested_maintenance_line_is_a_fifth_of_the_likely_build_cost_in_thousands_with_low_and_high_around_it() {
        var draft = opened(AssessmentDocument.draft("Idea", null, null, null));
        var builds = JSON.arrayNode();
        builds.addObject().put("name", "Team").put("likely", 260_000.0);
        builds.addObject().put("name", "Data work").put("likely", 42_000.0);
        draft.tree().set("financials.buildCosts", builds);
        var line = draft.suggestedMaintenanceLine().orElseThrow();
        assertThat(line.likely()).isEqualTo(60_000.0);
        assertThat(line.low()).isEqualTo(36_000.0);
        assertThat(line.high()).isEqualTo(96_000.0);
        assertThat(line.evidence()).isEqualTo(Evidence.BENCHMARK);
        assertThat(line.name()).contains("MLOps maintenance");
    }

    @Test
    void a_small_or_missing_build_cost_still_gets_a_maintenance_line_of_at_least_1000() {
        var line = opened(AssessmentDocument.draft("Idea", null, null, null)).suggestedMaintenanceLine().orElseThrow();
        assertThat(line.likely()).isEqualTo(1000.0);
        assertThat(line.low()).isEqualTo(1000.0);
        assertThat(line.high()).isEqualTo(2000.0);
    }

    @Test
    void no_maintenance_line_is_suggested_once_a_run_cost_looks_like_one() {
        var draft = opened(AssessmentDocument.draft("Idea", null, null, null));
        var runs = JSON.arrayNode();
        runs.addObject().put("name", "Cloud hosting");
        draft.tree().set("financials.annualRunCosts", runs);
        assertThat(draft.suggestedMaintenanceLine()).isPresent();
        runs.addObject().put("name", "Model Monitoring and on-call");
        assertThat(draft.suggestedMaintenanceLine()).isEmpty();
    }

    @Test
    void a_score_by_another_model_or_a_missing_score_of_a_scorable_draft_is_previewed_on_opening() throws IOException {
        var scored = opened(fraud());
        assertThat(scored.needsScoreBy(ScoringModel.V1.version())).isFalse();
        assertThat(scored.needsScoreBy("v2")).isTrue();
        assertThat(opened(AssessmentDocument.draft("Idea", null, null, null)).needsScoreBy("v1")).isFalse();
        var unscored = WizardDraft.open(new AssessmentDetails(7, fraud(), AssessmentStatus.DRAFT, "engineer", 3, Instant.EPOCH,
                Instant.EPOCH, null, null, List.of(), true, 0, null, null), 0.1);
        assertThat(unscored.needsScoreBy("v1")).isTrue();
    }
}
