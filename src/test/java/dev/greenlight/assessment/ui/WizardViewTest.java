package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.TestUsers;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentFilter;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.security.UserService;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
@WithMockUser(username = "engineer", roles = "ENGINEER")
class WizardViewTest extends ViewTestCase {

    @Autowired
    AssessmentService service;
    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    /** A fresh copy of the chatbot sample (a complete draft), so tests do not disturb each other. */
    private long chatbotDraft() {
        var sample = service.list(new AssessmentFilter(true, "Customer support chatbot", Set.of(AssessmentStatus.DRAFT)),
                PageRequest.of(0, 1)).getContent().getFirst();
        var doc = service.get(sample.id()).document();
        return service.create(doc.withTitle("Chatbot copy " + System.nanoTime())).id();
    }

    private TextField text(String path) {
        return $(TextField.class).id(QuestionFields.idOf(path));
    }

    private NumberField number(String path) {
        return $(NumberField.class).id(QuestionFields.idOf(path));
    }

    private double liveScore() {
        return Double.parseDouble($(Span.class).id("live-score").getText());
    }

    private String saveState() {
        return $(Span.class).id("save-state").getText();
    }

    private void step(String label) {
        var step = java.util.Arrays.stream(dev.greenlight.document.Questionnaire.Step.values())
                .filter(s -> s.label().equals(label)).findFirst().orElseThrow();
        test($(Tabs.class).single()).select(step.ordinal());
    }

    @Test
    void every_step_shows_the_stored_answers() {
        var id = chatbotDraft();
        var stored = service.get(id).document();
        navigate(WizardView.class, id);
        assertThat(text("title").getValue()).isEqualTo(stored.title());
        assertThat(text("problem.sponsor").getValue()).isEqualTo(stored.problem().sponsor());
        step("Success metric");
        assertThat(text("successMetric.kpiName").getValue()).isEqualTo(stored.successMetric().kpiName());
        step("ROI");
        assertThat($(IntegerField.class).id(QuestionFields.idOf("financials.horizonYears")).getValue()).isEqualTo(stored.financials().horizonYears());
        assertThat(number("financials.discountRate").getValue()).isEqualTo(stored.financials().discountRate() * 100);
        assertThat(number("financials.buildCosts[0].likely").getValue()).isEqualTo(stored.financials().buildCosts().getFirst().likely());
        step("Ethical risk");
        @SuppressWarnings("unchecked")
        Select<String> affected = $(Select.class).id(QuestionFields.idOf("ethics.answers.affectedPeople"));
        assertThat(affected.getValue()).isEqualTo(stored.ethics().answers().get("affectedPeople"));
        assertThat(liveScore()).isEqualTo(Math.round(service.get(id).score().score()));
    }

    @Test
    void every_ethics_option_is_explained_and_the_chosen_meaning_stays_under_the_field() {
        for (var risk : dev.greenlight.scoring.RiskQuestion.values()) {
            for (var code : risk.options().keySet()) {
                assertThat(dev.greenlight.document.Questionnaire.optionHelp("ethics.answers." + risk.key(), code))
                        .as(risk.key() + " " + code).isNotBlank();
            }
        }
        navigate(WizardView.class, chatbotDraft());
        step("Ethical risk");
        @SuppressWarnings("unchecked")
        Select<String> role = $(Select.class).id(QuestionFields.idOf("ethics.answers.decisionRole"));
        test(role).selectItem("Recommends to human");
        assertThat(role.getHelperText()).isEqualTo("It suggests a decision; a person makes every decision and can ignore it.");
        test(role).selectItem("Fully automated");
        assertThat(role.getHelperText()).isEqualTo("It decides and nobody looks before the decision takes effect.");
    }

    @Test
    void a_change_is_saved_automatically_and_restored_on_return() {
        var id = chatbotDraft();
        navigate(WizardView.class, id);
        test(text("summary")).setValue("Answers routine questions at any hour");
        assertThat(saveState()).startsWith("Saved at");
        assertThat(service.get(id).document().summary()).isEqualTo("Answers routine questions at any hour");
        navigate(MyAssessmentsView.class);
        navigate(WizardView.class, id);
        assertThat(text("summary").getValue()).isEqualTo("Answers routine questions at any hour");
    }

    @Test
    void a_new_money_line_shows_no_errors_until_its_fields_are_touched_or_the_step_is_left() {
        var id = chatbotDraft();
        navigate(WizardView.class, id);
        step("ROI");
        int lines = service.get(id).document().financials().buildCosts().size();
        test($(Button.class).id(QuestionFields.idOf("financials.buildCosts") + "-add")).click();
        var at = "financials.buildCosts[" + lines + "]";
        assertThat(saveState()).startsWith("Not saved");
        assertThat(number(at + ".low").isInvalid()).as("untouched: not wrong yet").isFalse();
        assertThat(text(at + ".name").isInvalid()).isFalse();
        test(number(at + ".low")).setValue(-5_000.0);
        assertThat(number(at + ".low").isInvalid()).isTrue();
        assertThat(number(at + ".low").getErrorMessage()).isEqualTo("must be at least 0, was \u22125,000 "
                + "(no negative money: costs go under costs, benefits under benefits)");
        assertThat(number(at + ".likely").isInvalid()).as("still untouched").isFalse();
        step("Ethical risk");
        step("ROI");
        assertThat(number(at + ".likely").isInvalid()).as("the step was left: everything it lacks is shown").isTrue();
    }

    @Test
    void a_text_over_its_limit_is_kept_with_a_counter_and_a_message_never_cut() {
        var id = chatbotDraft();
        navigate(WizardView.class, id);
        var title = text("title");
        assertThat(title.getMaxLength()).as("the browser never cuts").isZero();
        var long299 = "T".repeat(299);
        test(title).setValue(long299);
        assertThat(title.getValue()).isEqualTo(long299);
        assertThat(title.getHelperText()).contains("299 of 200 characters");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("at most 200");
        assertThat(service.get(id).document().title()).isNotEqualTo(long299);
    }

    @Test
    void invalid_input_stays_on_screen_with_its_message_and_is_never_stored() {
        var id = chatbotDraft();
        var before = service.get(id);
        navigate(WizardView.class, id);
        step("ROI");
        var low = number("financials.buildCosts[0].low");
        test(low).setValue(before.document().financials().buildCosts().getFirst().likely() + 1);
        assertThat(low.isInvalid()).isTrue();
        assertThat(low.getErrorMessage()).contains("≤ likely");
        assertThat(saveState()).startsWith("Not saved");
        assertThat($(Tab.class).id("step-roi").getElement().getAttribute("data-status")).isEqualTo("invalid");
        var after = service.get(id);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.document()).isEqualTo(before.document());
    }

    @Test
    void a_control_character_in_a_text_is_shown_on_its_field_and_never_stored() {
        var id = chatbotDraft();
        var before = service.get(id);
        navigate(WizardView.class, id);
        step("ROI");
        var name = text("financials.buildCosts[0].name");
        test(name).setValue("Team \u001B[31m red");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("control character U+001B");
        assertThat(saveState()).startsWith("Not saved");
        assertThat(service.get(id).document()).isEqualTo(before.document());
    }

    @Test
    void the_live_panel_reacts_raising_a_benefit_raises_the_score() {
        var id = chatbotDraft();
        navigate(WizardView.class, id);
        double before = service.get(id).score().score();
        step("ROI");
        var likely = number("financials.annualBenefits[0].likely");
        var high = number("financials.annualBenefits[0].high");
        test(high).setValue(high.getValue() * 3);
        test(likely).setValue(likely.getValue() * 2.5);
        assertThat(service.get(id).score().score()).isGreaterThan(before);
        assertThat(liveScore()).isEqualTo(Math.round(service.get(id).score().score()));
        assertThat($(com.vaadin.flow.component.Svg.class).withId("histogram-chart").exists()).isTrue();
        assertThat($(com.vaadin.flow.component.Svg.class).withId("tornado-chart").exists()).isTrue();
    }

    @Test
    void a_new_draft_builds_its_roi_step_with_adoption_following_the_horizon_and_a_suggested_maintenance_line() {
        var id = service.create(AssessmentDocument.draft("Wizard from scratch", null, null, null)).id();
        navigate(WizardView.class, id);
        assertThat($(Span.class).withId("live-score").exists()).isFalse();
        assertThat($(Tab.class).id("step-roi").getElement().getAttribute("data-status")).isEqualTo("incomplete");
        step("ROI");
        assertThat(number("financials.discountRate").getValue()).isEqualTo(10.0);
        @SuppressWarnings("unchecked")
        var currency = (com.vaadin.flow.component.combobox.ComboBox<String>) $(com.vaadin.flow.component.combobox.ComboBox.class)
                .id(QuestionFields.idOf("financials.currency"));
        test(currency).selectItem("EUR — Euro");
        assertThat(currency.getValue()).isEqualTo("EUR");
        test($(IntegerField.class).id(QuestionFields.idOf("financials.horizonYears"))).setValue(3);
        assertThat(number("financials.adoptionByYear[2]").getValue()).isEqualTo(100.0);
        assertThat(number("financials.adoptionByYear[0]").getValue()).isEqualTo(50.0);
        test(number("financials.probabilityOfSuccess")).setValue(70.0);
        test($(Button.class).id(QuestionFields.idOf("financials.annualBenefits") + "-add")).click();
        test(text("financials.annualBenefits[0].name")).setValue("Hours saved");
        test(number("financials.annualBenefits[0].low")).setValue(100_000.0);
        test(number("financials.annualBenefits[0].likely")).setValue(150_000.0);
        test(number("financials.annualBenefits[0].high")).setValue(200_000.0);
        assertThat($(Button.class).withId("add-maintenance").exists()).isTrue();
        test($(Button.class).id("add-maintenance")).click();
        assertThat(text("financials.annualRunCosts[0].name").getValue()).contains("MLOps maintenance");
        assertThat($(Button.class).withId("add-maintenance").exists()).isFalse();

        var stored = service.get(id);
        assertThat(stored.document().financials().adoptionByYear()).containsExactly(0.5, 1.0, 1.0);
        assertThat(stored.document().financials().annualRunCosts().getFirst().name()).contains("MLOps");
        assertThat(stored.score()).isNotNull();
        assertThat($(Span.class).withId("live-score").exists()).isTrue();
        assertThat($(Tab.class).id("step-roi").getElement().getAttribute("data-status")).isEqualTo("complete");
    }

    @Test
    void review_lists_what_is_missing_and_submit_moves_the_draft_to_submitted() {
        var id = chatbotDraft();
        navigate(WizardView.class, id);
        step("Review");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("review-business-case").getText()).contains("Chatbot copy");
        var export = $(com.vaadin.flow.component.html.Anchor.class).id("review-export-brief");
        assertThat(export.getText()).isEqualTo("Export brief (.xlsx)");
        assertThat(export.getHref()).isNotBlank();
        var word = $(com.vaadin.flow.component.html.Anchor.class).id("review-export-word-brief");
        assertThat(word.getText()).isEqualTo("Word brief (.docx)");
        assertThat(word.getHref()).isNotBlank();
        test($(Button.class).id("wizard-submit")).click();
        var confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).id("submit-confirm");
        assertThat(confirm.getElement().getTextRecursively()).as("names what is handed over")
                .contains("Chatbot copy").contains("score").contains("risk-adjusted NPV");
        assertThat(service.get(id).status()).as("nothing before the confirmation").isEqualTo(AssessmentStatus.DRAFT);
        test(confirm).confirm();
        assertThat(service.get(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(getCurrentView()).isInstanceOf(AssessmentView.class);
    }

    @Test
    @WithMockUser(username = TestUsers.OTHER_ENGINEER, roles = "ENGINEER")
    void a_non_author_cannot_open_the_wizard_for_someone_elses_draft() {
        var sample = "Customer support chatbot";
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var me = context.getAuthentication();
        long id;
        try {
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                    "engineer", "n/a", java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ENGINEER"))));
            id = service.list(new AssessmentFilter(true, sample, Set.of()), PageRequest.of(0, 1)).getContent().getFirst().id();
        } finally {
            context.setAuthentication(me);
        }
        navigate(WizardView.class, id);
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("wizard-refused").exists()).isTrue();
        assertThat($(TextField.class).withId(QuestionFields.idOf("title")).exists()).isFalse();
    }

    @Test
    void a_concurrent_change_is_detected_and_offered_as_a_choice_never_silently_overwritten() {
        var id = chatbotDraft();
        navigate(WizardView.class, id);
        var elsewhere = service.get(id);
        service.update(id, elsewhere.document().withTitle("Changed in another tab"), elsewhere.version());
        test(text("summary")).setValue("My change");
        assertThat(saveState()).contains("someone else");
        assertThat(service.get(id).document().title()).isEqualTo("Changed in another tab");
        var dialog = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).id("conflict-dialog");
        test(dialog).confirm();
        var after = service.get(id).document();
        assertThat(after.summary()).isEqualTo("My change");
        assertThat(saveState()).startsWith("Saved at");
    }

    static java.util.stream.Stream<java.nio.file.Path> samples() throws java.io.IOException {
        return java.nio.file.Files.list(java.nio.file.Path.of("sample-data")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("samples")
    void every_sample_opens_cleanly_in_the_wizard(java.nio.file.Path file) throws java.io.IOException {
        var doc = dev.greenlight.document.AssessmentJson.read(java.nio.file.Files.readString(file));
        var created = service.create(doc);
        var id = created.id();
        var version = created.version();
        navigate(WizardView.class, id);
        for (var step : dev.greenlight.document.Questionnaire.Step.values()) {
            test($(Tabs.class).single()).select(step.ordinal());
        }
        assertThat(saveState()).isEqualTo("All changes saved");
        assertThat($(Span.class).withId("live-score").exists()).isTrue();
        assertThat(service.get(id).version()).isEqualTo(version);
        assertThat(service.get(id).document()).isEqualTo(created.document());
    }
}
