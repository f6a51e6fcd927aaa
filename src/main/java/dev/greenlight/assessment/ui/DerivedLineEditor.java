package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.document.ValueModelQuestions.InputQuestion;
import dev.greenlight.document.ValueModelQuestions;
import dev.greenlight.scoring.ModelInput;
import dev.greenlight.scoring.ValueModelKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inputs of a benefit line derived from model performance (PRODUCT.md §6.1): detection or automation, each
 * input a low / likely / high range with its help and an example, and for detection today's process beside the
 * model. Shares are typed as percentages and stored as fractions. Knows no service: it hands its
 * {@code derivedFrom} back as JSON.
 */
class DerivedLineEditor extends Composite<Div> {

    private final Select<ValueModelKind> kind = new Select<>();
    private final Div inputs = new Div();
    private final Runnable changed;
    /** The fields of the kind shown, by input key and then low / likely / high; today's process under its own key. */
    private final Map<String, List<NumberField>> fields = new LinkedHashMap<>();
    private String path = "";
    private BiConsumer<String, QuestionFields.Bound> register = (p, b) -> { };

    DerivedLineEditor(JsonNode existing, Runnable changed) {
        this.changed = changed;
        kind.setLabel("How the model earns its benefit");
        kind.setItems(ValueModelKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : ValueModelQuestions.kindLabel(k));
        kind.setValue(existing != null && existing.hasNonNull("kind")
                ? ValueModelKind.valueOf(existing.get("kind").asString()) : ValueModelKind.DETECTION);
        inputs.addClassName("model-inputs");
        render(existing);
        kind.addValueChangeListener(e -> {
            render(null);
            relabel(path, register);
            changed.run();
        });
        getContent().addClassName("derived-line");
        getContent().add(kind, inputs);
    }

    private void render(JsonNode existing) {
        inputs.removeAll();
        fields.clear();
        for (ModelInput input : ValueModelQuestions.inputs(kind.getValue())) {
            InputQuestion q = ValueModelQuestions.of(input);
            JsonNode range = existing == null ? null : existing.get(input.key());
            var row = new Div();
            row.addClassName("model-input");
            var label = new Span(q.label());
            label.addClassName("model-input-label");
            row.add(label);
            var three = new ArrayList<NumberField>();
            for (String point : new String[] {"low", "likely", "high"}) {
                var f = field(Questionnaire.humanise(point.toUpperCase(java.util.Locale.ROOT)), q.share(),
                        range == null ? null : number(range, point));
                three.add(f);
                row.add(f);
            }
            fields.put(input.key(), three);
            String helpText = q.help() + " Example: " + q.example() + ".";
            if (input == ModelInput.RECALL || input == ModelInput.PRECISION) {
                InputQuestion today = input == ModelInput.RECALL ? ValueModelQuestions.BASELINE_RECALL
                        : ValueModelQuestions.BASELINE_PRECISION;
                var f = field(today.label(), true, existing == null ? null : number(existing, today.key()));
                // in the row's hint rather than below the field, so the four fields stay in line
                helpText += " " + today.label() + ": " + today.help() + " Example: " + today.example() + ".";
                f.addClassName("today");
                fields.put(today.key(), List.of(f));
                row.add(f);
            }
            var help = QuestionFields.hint(helpText);
            row.add(help);
            inputs.add(row);
        }
    }

    private NumberField field(String label, boolean share, Double stored) {
        var f = new NumberField(label);
        if (share) {
            f.setSuffixComponent(new Span("%"));
        }
        f.setValue(stored == null ? null : share ? QuestionFields.round(stored * 100) : stored);
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.addValueChangeListener(e -> changed.run());
        f.getElement().setProperty("share", share);
        return f;
    }

    private static Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asDouble() : null;
    }

    /** Ids and error paths follow the line's position: {@code financials.annualBenefits[0].derivedFrom.recall.low}. */
    void relabel(String linePath, BiConsumer<String, QuestionFields.Bound> registrar) {
        this.path = linePath;
        this.register = registrar;
        String at = linePath + ".derivedFrom";
        bind(at + ".kind", kind);
        fields.forEach((key, list) -> {
            if (list.size() == 1) {
                bind(at + "." + key, list.getFirst());
            } else {
                bind(at + "." + key + ".low", list.get(0));
                bind(at + "." + key + ".likely", list.get(1));
                bind(at + "." + key + ".high", list.get(2));
            }
        });
    }

    private void bind(String fieldPath, Component component) {
        component.setId(QuestionFields.idOf(fieldPath));
        register.accept(fieldPath, new QuestionFields.Bound(new Questionnaire.Question(Questionnaire.Step.ROI, fieldPath,
                "", "", Questionnaire.Kind.NUMBER, Map.of(), 0, null, null), component));
    }

    /** The line's {@code derivedFrom} as typed; empty fields are left out, and validation names them. */
    ObjectNode toJson() {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("kind", kind.getValue().name());
        fields.forEach((key, list) -> {
            if (list.size() == 1) {
                put(node, key, list.getFirst());
                return;
            }
            var range = JsonNodeFactory.instance.objectNode();
            put(range, "low", list.get(0));
            put(range, "likely", list.get(1));
            put(range, "high", list.get(2));
            if (!range.isEmpty()) {
                node.set(key, range);
            }
        });
        return node;
    }

    private static void put(ObjectNode node, String field, NumberField f) {
        Double value = f.getValue();
        if (value != null) {
            node.put(field, f.getElement().getProperty("share", false) ? value / 100 : value);
        }
    }
}
