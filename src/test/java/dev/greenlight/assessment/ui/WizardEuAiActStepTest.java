package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.TestUsers;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.EuAiActScreening;
import dev.greenlight.security.UserService;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The wizard's EU AI Act questions (PRODUCT.md §6.3): their order, their citations, and the live screening. */
@ViewTest
@WithMockUser(username = "engineer", roles = "ENGINEER")
class WizardEuAiActStepTest extends ViewTestCase {

    @Autowired
    AssessmentService service;
    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    private long fraudDraft() {
        return service.create(SampleDocuments.fraud("Fraud copy " + System.nanoTime())).id();
    }

    private void ethicsStep() {
        test($(Tabs.class).single()).select(Questionnaire.Step.ETHICS.ordinal());
    }

    private String panel() {
        return $(Div.class).id("wizard-eu-ai-act").getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> checkboxes(String field) {
        return $(CheckboxGroup.class).id(QuestionFields.idOf("ethics.euAiAct." + field));
    }

    @Test
    void the_questions_come_in_the_order_a_person_thinks() {
        var paths = Questionnaire.of(Questionnaire.Step.ETHICS).stream().map(Questionnaire.Question::path)
                .filter(p -> p.startsWith("ethics.euAiAct.")).map(p -> p.substring("ethics.euAiAct.".length())).toList();

        assertThat(paths).containsExactly("role", "becomesProvider", "scopeExclusion", "prohibitedPractices",
                "annexOneSafetyComponent", "annexThreeUses", "article6_3", "profilesPeople", "generalPurposeAi",
                "transparencyObligations");
    }

    @Test
    void each_question_cites_its_article_with_a_eur_lex_link() {
        navigate(WizardView.class, fraudDraft());
        ethicsStep();

        var links = $(Anchor.class).all().stream().filter(a -> a.hasClassName("article-link")).toList();
        assertThat(links).hasSize(EuAiActRules.FIELDS.size());
        assertThat(links).allSatisfy(a -> assertThat(a.getHref())
                .startsWith("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689#"));
        assertThat(links.stream().map(Anchor::getText).toList()).contains("Art. 25(1)", "Art. 2", "Art. 5(1)",
                "Art. 6(2), Annex III", "Art. 6(3)", "Art. 50");
        assertThat(checkboxes("annexThreeUses").getItemLabelGenerator().apply("III_5_B_FRAUD_DETECTION"))
                .isEqualTo("Detecting financial fraud (excluded) — Annex III, point 5(b), exception");
    }

    @Test
    void the_fraud_sample_shows_the_5b_carve_out_its_obligation_dates_and_the_rules_version() {
        navigate(WizardView.class, fraudDraft());
        ethicsStep();

        assertThat(checkboxes("annexThreeUses").getValue()).containsExactly("III_5_B_FRAUD_DETECTION");
        assertThat(panel()).contains("Tier: minimal risk")
                .contains("not high-risk: detecting financial fraud is excluded from Annex III 5(b)")
                .contains("Art. 4").contains("from 2 February 2025")
                .contains("EU AI Act rules reviewed on " + EuAiActScreening.spoken(EuAiActRulesFile.bundled().lastReviewed()));
    }

    @Test
    void ticking_a_high_risk_use_shows_the_high_risk_duties_with_their_dates_live_and_saves_them() {
        var id = fraudDraft();
        navigate(WizardView.class, id);
        ethicsStep();

        var uses = new LinkedHashSet<>(checkboxes("annexThreeUses").getValue());
        uses.add("III_5_B");
        checkboxes("annexThreeUses").setValue(uses);

        assertThat(panel()).contains("Tier: high-risk").contains("Art. 9").contains("Art. 26").contains("Art. 27")
                .contains("from 2 December 2027 (reported: official source read through a copy)");
        assertThat(service.get(id).document().ethics().euAiAct().annexThreeUses())
                .containsExactly("III_5_B", "III_5_B_FRAUD_DETECTION");
        assertThat(service.get(id).scoreResult().ethics().euAiAct().tier().name()).isEqualTo("HIGH_RISK");
    }

    @Test
    void claiming_an_article_6_3_condition_is_refused_by_profiling_and_granted_without_it() {
        var id = fraudDraft();
        navigate(WizardView.class, id);
        ethicsStep();
        checkboxes("annexThreeUses").setValue(new LinkedHashSet<>(List.of("III_4_A")));
        checkboxes("article6_3").setValue(new LinkedHashSet<>(List.of("PREPARATORY_TASK")));
        assertThat(panel()).contains("Tier: high-risk").contains("no Art. 6(3) exemption: it profiles natural persons");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> profiles = $(RadioButtonGroup.class).id(QuestionFields.idOf("ethics.euAiAct.profilesPeople"));
        profiles.setValue("false");

        assertThat(panel()).contains("Tier: minimal risk").contains("Art. 6(4)").contains("Art. 49(2)")
                .contains("Sources disagree");
    }

    @Test
    void choosing_a_deployer_role_drops_the_provider_duties() {
        var id = fraudDraft();
        navigate(WizardView.class, id);
        ethicsStep();
        checkboxes("annexThreeUses").setValue(new LinkedHashSet<>(List.of("III_4_A")));
        assertThat(panel()).contains("Art. 9");

        @SuppressWarnings("unchecked")
        Select<String> role = $(Select.class).id(QuestionFields.idOf("ethics.euAiAct.role"));
        role.setValue("DEPLOYER");

        assertThat(panel()).contains("listed for the deployer").contains("Art. 26").doesNotContain("Art. 9:");
    }
}
