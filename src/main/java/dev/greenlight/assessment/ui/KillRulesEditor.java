package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.AssessmentDocument.SuccessMetric;
import dev.greenlight.document.DocumentTree;
import dev.greenlight.document.KillRuleWords;
import dev.greenlight.document.Questionnaire;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The success metric's kill rules (PRODUCT.md §7, {@code successMetric.killRules}), each edited as the sentence it reads
 * as: "Stop if [the production model metric] is [below] [0.50] from month [6]", with the sentence itself shown beside it.
 * After approval, tracking judges every check-in against them.
 */
class KillRulesEditor extends Composite<Div> {

    static final String PATH = "successMetric.killRules";

    private final DocumentTree tree;
    private final Consumer<String> changed;
    private final BiConsumer<String, QuestionFields.Bound> register;
    private final Div rows = new Div();
    private final List<Row> rules = new ArrayList<>();
    private final Map<Row, Div> rowDivs = new IdentityHashMap<>();

    private record Row(Select<KillMeasure> measure, Select<KillOperator> operator, NumberField threshold, IntegerField fromMonth,
                       Span words) {
    }

    KillRulesEditor(DocumentTree tree, Consumer<String> changed, BiConsumer<String, QuestionFields.Bound> register) {
        this.tree = tree;
        this.changed = changed;
        this.register = register;
        var content = getContent();
        content.addClassName("kill-rules-editor");
        content.setId(QuestionFields.idOf(PATH));
        var hint = new Paragraph("Kill rules turn the kill criteria into checks: after approval every monthly check-in is "
                + "judged against them, and a rule that is met sends the project back to the product managers. Month 1 is "
                + "the month of the approval.");
        hint.addClassName("hint");
        var add = new Button("Add kill rule", VaadinIcon.PLUS.create(), e -> {
            addRow(null, KillOperator.BELOW, null, null);
            relabel();
            write();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(QuestionFields.idOf(PATH) + "-add");
        content.add(new H4("Kill rules"), hint, rows, add);
        var existing = tree.get(PATH);
        if (existing != null) {
            existing.forEach(n -> addRow(enumOrNull(KillMeasure.class, n.get("measure")), enumOrNull(KillOperator.class, n.get("operator")),
                    n.hasNonNull("threshold") ? n.get("threshold").asDouble() : null,
                    n.hasNonNull("fromMonth") ? n.get("fromMonth").asInt() : null));
        }
        relabel();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value.asString())) {
                return constant;
            }
        }
        return null;
    }

    int size() {
        return rules.size();
    }

    private void addRow(KillMeasure measure, KillOperator operator, Double threshold, Integer fromMonth) {
        var metric = metric();
        var measureField = new Select<KillMeasure>();
        measureField.setLabel("Stop if");
        measureField.setItems(KillMeasure.values());
        measureField.setItemLabelGenerator(m -> m == null ? "" : KillRuleWords.subject(m, metric));
        measureField.setValue(measure);
        var operatorField = new Select<KillOperator>();
        operatorField.setLabel("is");
        operatorField.setItems(KillOperator.values());
        operatorField.setItemLabelGenerator(o -> o == null ? "" : KillRuleWords.operator(o));
        operatorField.setValue(operator);
        var thresholdField = new NumberField("the threshold");
        thresholdField.setValue(threshold);
        thresholdField.setValueChangeMode(ValueChangeMode.LAZY);
        var fromField = new IntegerField("from month");
        // no client-side minimum: the validator's message says what is wrong
        fromField.setValue(fromMonth);
        fromField.setPlaceholder("1");
        fromField.setValueChangeMode(ValueChangeMode.LAZY);
        var words = new Span();
        words.addClassName("kill-rule-words");
        var row = new Row(measureField, operatorField, thresholdField, fromField, words);
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rules.remove(row);
            relabel();
            write();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove kill rule");
        measureField.addValueChangeListener(e -> write());
        operatorField.addValueChangeListener(e -> write());
        thresholdField.addValueChangeListener(e -> write());
        fromField.addValueChangeListener(e -> write());
        rules.add(row);
        var div = new Div(measureField, operatorField, thresholdField, fromField, remove, words);
        div.addClassName("kill-rule-row");
        rowDivs.put(row, div);
        say(row);
    }

    /** The success metric as answered so far, for the names of the KPI and the model metric. */
    private SuccessMetric metric() {
        var kpi = tree.get("successMetric.kpiName");
        var model = tree.get("successMetric.modelMetric");
        return new SuccessMetric(null, kpi == null || kpi.isNull() ? null : kpi.asString(), null, null, null, null,
                model == null || model.isNull() ? null : model.asString(), null, null, null, null, null);
    }

    private void say(Row row) {
        row.words().setText(KillRuleWords.rule(new KillRule(row.measure().getValue(), row.operator().getValue(),
                row.threshold().getValue(), row.fromMonth().getValue()), metric()));
    }

    /** Field ids and error paths follow the rule's position, so they are renewed after a removal. */
    private void relabel() {
        rows.removeAll();
        for (int i = 0; i < rules.size(); i++) {
            var row = rules.get(i);
            rows.add(rowDivs.get(row));
            var at = PATH + "[" + i + "]";
            bind(at + ".measure", row.measure());
            bind(at + ".operator", row.operator());
            bind(at + ".threshold", row.threshold());
            bind(at + ".fromMonth", row.fromMonth());
            row.words().setId(QuestionFields.idOf(at) + "-words");
        }
        rowDivs.keySet().retainAll(rules);
    }

    private void bind(String fieldPath, Component component) {
        component.setId(QuestionFields.idOf(fieldPath));
        register.accept(fieldPath, new QuestionFields.Bound(
                new Questionnaire.Question(Questionnaire.Step.METRIC, fieldPath, "", "", Questionnaire.Kind.NUMBER, Map.of(), 0, null, null),
                component));
    }

    private void write() {
        var array = JsonNodeFactory.instance.arrayNode();
        for (var row : rules) {
            var rule = array.addObject();
            if (row.measure().getValue() != null) {
                rule.put("measure", row.measure().getValue().name());
            }
            if (row.operator().getValue() != null) {
                rule.put("operator", row.operator().getValue().name());
            }
            if (row.threshold().getValue() != null) {
                rule.put("threshold", row.threshold().getValue());
            }
            if (row.fromMonth().getValue() != null) {
                rule.put("fromMonth", row.fromMonth().getValue());
            }
            say(row);
        }
        tree.set(PATH, array.isEmpty() ? null : array);
        changed.accept(PATH);
    }
}
