package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.TestUsers;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.base.ui.Money;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.scoring.ValueModelKind;
import dev.greenlight.security.UserService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The wizard's value models and "The best non-AI way" (PRODUCT.md §6.1, §6.2), without a browser. */
@ViewTest
@WithMockUser(username = "engineer", roles = "ENGINEER")
class WizardValueModelViewTest extends ViewTestCase {

    private static final String LINE = "financials.annualBenefits[0]";
    private static final String MODEL = LINE + ".derivedFrom";

    @Autowired
    AssessmentService service;
    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    /** A draft with everything but the benefit: one build and one run line over three years. */
    private long draft() {
        var doc = new AssessmentDocument(2, "Claims triage " + System.nanoTime(), null, null, null, null,
                new AssessmentDocument.Financials("USD", 3, 0.10, 0.8,
                        List.of(new AssessmentDocument.Estimate("Build", 300_000.0, 400_000.0, 500_000.0, null)),
                        List.of(new AssessmentDocument.Estimate("Run", 50_000.0, 60_000.0, 80_000.0, null)),
                        null, List.of(0.5, 1.0, 1.0)), null);
        return service.create(doc).id();
    }

    private NumberField number(String path) {
        return $(NumberField.class).id(QuestionFields.idOf(path));
    }

    private void roi() {
        test($(Tabs.class).single()).select(Questionnaire.Step.ROI.ordinal());
    }

    private void range(String input, double low, double likely, double high) {
        test(number(MODEL + "." + input + ".low")).setValue(low);
        test(number(MODEL + "." + input + ".likely")).setValue(likely);
        test(number(MODEL + "." + input + ".high")).setValue(high);
    }

    @Test
    void a_benefit_derived_from_recall_and_precision_is_saved_and_its_figures_are_live() {
        long id = draft();
        navigate(WizardView.class, id);
        roi();
        test($(Button.class).id(QuestionFields.idOf("financials.annualBenefits") + "-add")).click();
        test($(TextField.class).id(QuestionFields.idOf(LINE + ".name"))).setValue("Fraud losses avoided");
        test($(Checkbox.class).id(QuestionFields.idOf(LINE) + "-derive")).click();
        assertThat($(NumberField.class).withId(QuestionFields.idOf(LINE + ".likely")).exists())
                .as("a derived line shows no amounts of its own").isFalse();
        range("casesPerYear", 80_000, 100_000, 120_000);
        range("prevalence", 1.5, 2, 3);          // percent
        range("valuePerTruePositive", 300, 500, 600);
        range("costPerAlert", 15, 20, 30);
        range("recall", 70, 80, 85);
        test(number(MODEL + ".baselineRecall")).setValue(40.0);
        range("precision", 40, 50, 60);
        test(number(MODEL + ".baselinePrecision")).setValue(20.0);

        var stored = service.get(id).document().financials().annualBenefits().getFirst();
        assertThat(stored.low()).isNull();
        assertThat(stored.derivedFrom().kind()).isEqualTo(ValueModelKind.DETECTION);
        assertThat(stored.derivedFrom().recall().likely()).isEqualTo(0.8);
        assertThat(stored.derivedFrom().prevalence().low()).isEqualTo(0.015);
        assertThat(stored.derivedFrom().baselinePrecision()).isEqualTo(0.2);

        var score = service.get(id).scoreResult();
        var derived = score.financials().derivedBenefits().getFirst();
        // 500 × 2,000 × 0.4 + 20 × 800 = 416,000 (ValueModelTest)
        assertThat(derived.annualBenefit()).isEqualTo(416_000.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat($(Span.class).id("live-derived-0-benefit").getText()).isEqualTo(Money.format(416_000.0, "USD"));
        assertThat($(Span.class).id("live-derived-0-point").getText())
                .isEqualTo(Money.format(derived.valuePerRecallPoint(), "USD") + " a year");
        assertThat($(Span.class).id("live-derived-0-break-even").getText())
                .isEqualTo(ValueFigures.share(derived.breakEvenRecall()));
    }

    @Test
    void an_input_out_of_range_is_marked_on_its_field() {
        long id = draft();
        navigate(WizardView.class, id);
        roi();
        test($(Button.class).id(QuestionFields.idOf("financials.annualBenefits") + "-add")).click();
        test($(TextField.class).id(QuestionFields.idOf(LINE + ".name"))).setValue("Invoices");
        test($(Checkbox.class).id(QuestionFields.idOf(LINE) + "-derive")).click();
        @SuppressWarnings("unchecked")
        Select<ValueModelKind> kind = $(Select.class).id(QuestionFields.idOf(MODEL + ".kind"));
        kind.setValue(ValueModelKind.AUTOMATION);
        range("automationRate", 50, 60, 130);
        assertThat(number(MODEL + ".automationRate.high").isInvalid()).isTrue();
        assertThat(number(MODEL + ".automationRate.high").getErrorMessage()).contains("must be in [0, 1]");
        assertThat($(Span.class).id("save-state").getText()).startsWith("Not saved");
    }

    @Test
    void the_best_non_ai_way_is_priced_and_the_live_panel_shows_what_ai_adds() {
        long id = draft();
        navigate(WizardView.class, id);
        roi();
        test($(Button.class).id(QuestionFields.idOf("financials.annualBenefits") + "-add")).click();
        test($(TextField.class).id(QuestionFields.idOf(LINE + ".name"))).setValue("Hours saved");
        test(number(LINE + ".low")).setValue(300_000.0);
        test(number(LINE + ".likely")).setValue(400_000.0);
        test(number(LINE + ".high")).setValue(500_000.0);
        test($(TextField.class).id(QuestionFields.idOf("financials.alternative.name"))).setValue("Two more clerks");
        test(number("financials.alternative.probabilityOfSuccess")).setValue(95.0);
        test($(Button.class).id(QuestionFields.idOf("financials.alternative.annualBenefits") + "-add")).click();
        test($(TextField.class).id(QuestionFields.idOf("financials.alternative.annualBenefits[0].name"))).setValue("Backlog cleared");
        test(number("financials.alternative.annualBenefits[0].low")).setValue(50_000.0);
        test(number("financials.alternative.annualBenefits[0].likely")).setValue(100_000.0);
        test(number("financials.alternative.annualBenefits[0].high")).setValue(120_000.0);

        var alternative = service.get(id).scoreResult().financials().alternative();
        assertThat(alternative.name()).isEqualTo("Two more clerks");
        assertThat($(Span.class).id("live-ai-adds").getText())
                .isEqualTo(Money.format(alternative.incrementalRiskAdjustedNpv(), "USD"));
        assertThat($(Span.class).id("live-beats").getText()).endsWith("of simulated outcomes");

        // emptied again, the alternative leaves the document instead of blocking the score
        number("financials.alternative.probabilityOfSuccess").clear();
        test($(TextField.class).id(QuestionFields.idOf("financials.alternative.name"))).setValue("");
        test($(Button.class).all().stream().filter(b -> "Remove line".equals(b.getElement().getAttribute("aria-label")))
                .reduce((a, b) -> b).orElseThrow()).click();
        assertThat(service.get(id).document().financials().alternative()).isNull();
        assertThat(service.get(id).scoreResult()).isNotNull();
    }
}
