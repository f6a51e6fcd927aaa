package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.Questionnaire;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The success-metric step's kill rules: edited as a sentence, saved with the draft, refused on the field they name. */
@ViewTest
@WithMockUser(username = "engineer", roles = "ENGINEER")
class KillRulesEditorTest extends ViewTestCase {

    @Autowired
    AssessmentService service;

    private String id(String path) {
        return QuestionFields.idOf(path);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String path) {
        return $(Select.class).id(id(path));
    }

    private void openMetricStep(long assessment) {
        navigate(WizardView.class, assessment);
        test($(Tabs.class).single()).select(Questionnaire.Step.METRIC.ordinal());
    }

    @Test
    void a_rule_is_written_as_a_sentence_and_saved_with_the_draft() {
        long assessment = service.create(SampleDocuments.maintenance("Rules motors")).id();
        openMetricStep(assessment);
        test($(Button.class).id(id(KillRulesEditor.PATH) + "-add")).click();
        var at = KillRulesEditor.PATH + "[0]";
        test(this.<KillMeasure>select(at + ".measure")).selectItem("production Recall of motor failures at least 7 days ahead, "
                + "at at most 2 false alarms per site per week");
        test($(NumberField.class).id(id(at + ".threshold"))).setValue(0.5);
        test($(IntegerField.class).id(id(at + ".fromMonth"))).setValue(6);
        assertThat($(Span.class).id(id(at) + "-words").getText()).isEqualTo("Stop if production Recall of motor failures at "
                + "least 7 days ahead, at at most 2 false alarms per site per week is below 0.50 from month 6");
        assertThat(service.get(assessment).document().successMetric().killRules())
                .containsExactly(new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 6));

        navigate(MyAssessmentsView.class);
        openMetricStep(assessment);
        assertThat($(NumberField.class).id(id(at + ".threshold")).getValue()).isEqualTo(0.5);
        assertThat(this.<KillOperator>select(at + ".operator").getValue()).isEqualTo(KillOperator.BELOW);
    }

    @Test
    void an_incomplete_or_impossible_rule_is_shown_on_its_field_and_never_stored() {
        long assessment = service.create(SampleDocuments.maintenance("Bad rules motors")).id();
        openMetricStep(assessment);
        test($(Button.class).id(id(KillRulesEditor.PATH) + "-add")).click();
        var at = KillRulesEditor.PATH + "[0]";
        var measure = this.<KillMeasure>select(at + ".measure");
        assertThat(measure.isInvalid()).as("a rule just added is not wrong yet").isFalse();
        assertThat(service.get(assessment).document().successMetric().killRules()).as("nor stored while incomplete").isNullOrEmpty();
        test(measure).selectItem("cumulative net cash");
        test($(NumberField.class).id(id(at + ".threshold"))).setValue(-200_000.0);
        var from = $(IntegerField.class).id(id(at + ".fromMonth"));
        test(from).setValue(0);
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).contains("must be a month from 1");
        assertThat(service.get(assessment).document().successMetric().killRules()).as("the last valid rule, not month 0")
                .containsExactly(new KillRule(KillMeasure.CUMULATIVE_NET_CASH, KillOperator.BELOW, -200_000.0, null));
        test(from).setValue(12);
        assertThat(service.get(assessment).document().successMetric().killRules())
                .isEqualTo(List.of(new KillRule(KillMeasure.CUMULATIVE_NET_CASH, KillOperator.BELOW, -200_000.0, 12)));
    }
}
