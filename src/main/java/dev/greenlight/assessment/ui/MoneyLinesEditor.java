package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.DocumentTree;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.scoring.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editable three-point money lines (name, low, likely, high, evidence) for one list of the ROI section. A benefit
 * line may instead be derived from model performance (PRODUCT.md §6.1): its amounts give way to a
 * {@link DerivedLineEditor}.
 */
class MoneyLinesEditor extends Composite<Div> {

    private final String path;
    private final DocumentTree tree;
    private final Consumer<String> changed;
    private final BiConsumer<String, QuestionFields.Bound> register;
    private final Div rows = new Div();
    private final List<Row> lines = new ArrayList<>();

    private final boolean mayDerive;

    private record Row(TextField name, NumberField low, NumberField likely, NumberField high, Select<Evidence> evidence,
                       Checkbox derive, DerivedLineEditor derived) {
    }

    MoneyLinesEditor(String path, String caption, String help, DocumentTree tree, Consumer<String> changed,
                     BiConsumer<String, QuestionFields.Bound> register) {
        this(path, caption, help, tree, changed, register, false);
    }

    MoneyLinesEditor(String path, String caption, String help, DocumentTree tree, Consumer<String> changed,
                     BiConsumer<String, QuestionFields.Bound> register, boolean mayDerive) {
        this.mayDerive = mayDerive;
        this.path = path;
        this.tree = tree;
        this.changed = changed;
        this.register = register;
        var content = getContent();
        content.addClassName("money-editor");
        content.setId(QuestionFields.idOf(path));
        var hint = new Paragraph(help);
        hint.addClassName("hint");
        var add = new Button("Add line", VaadinIcon.PLUS.create(), e -> addLine("", null, null, null, null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(QuestionFields.idOf(path) + "-add");
        content.add(new H4(caption), hint, rows, add);
        var existing = tree.get(path);
        if (existing != null) {
            existing.forEach(n -> addRow(n.path("name").asString(""), number(n, "low"), number(n, "likely"), number(n, "high"),
                    n.hasNonNull("evidence") ? Evidence.valueOf(n.get("evidence").asString()) : null, n.get("derivedFrom")));
        }
        relabel();
    }

    private static Double number(tools.jackson.databind.JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asDouble() : null;
    }

    int size() {
        return lines.size();
    }

    void addLine(String name, Double low, Double likely, Double high, Evidence evidence) {
        addRow(name, low, likely, high, evidence, null);
        relabel();
        write();
    }

    private void addRow(String name, Double low, Double likely, Double high, Evidence evidence,
                        tools.jackson.databind.JsonNode derivedFrom) {
        var nameField = new TextField("Line");
        nameField.setValue(name == null ? "" : name);
        var lowField = money("Low", low);
        var likelyField = money("Likely", likely);
        var highField = money("High", high);
        var evidenceField = new Select<Evidence>();
        evidenceField.setLabel("Evidence");
        evidenceField.setItems(Evidence.values());
        evidenceField.setItemLabelGenerator(e -> e == null ? "" : Questionnaire.humanise(e.name()));
        evidenceField.setValue(evidence);
        var derive = new Checkbox("Derive from model performance");
        derive.setValue(derivedFrom != null);
        var derived = mayDerive ? new DerivedLineEditor(derivedFrom, this::write) : null;
        var row = new Row(nameField, lowField, likelyField, highField, evidenceField, derive, derived);
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            lines.remove(row);
            relabel();
            write();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove line");
        nameField.setValueChangeMode(ValueChangeMode.LAZY);
        nameField.addValueChangeListener(e -> write());
        lowField.addValueChangeListener(e -> write());
        likelyField.addValueChangeListener(e -> write());
        highField.addValueChangeListener(e -> write());
        evidenceField.addValueChangeListener(e -> write());
        lines.add(row);
        var div = new Div(nameField, lowField, likelyField, highField, evidenceField, remove);
        div.addClassName("money-row");
        if (mayDerive) {
            derive.addValueChangeListener(e -> {
                showDerived(row);
                write();
            });
            div.add(derive, derived);
            showDerived(row);
        }
        rows.add(div);
        rowDivs.put(row, div);
    }

    private final Map<Row, Div> rowDivs = new java.util.IdentityHashMap<>();

    /** A derived line shows its model instead of its amounts: it has no low, likely or high of its own. */
    private static void showDerived(Row row) {
        boolean derived = row.derive().getValue();
        row.low().setVisible(!derived);
        row.likely().setVisible(!derived);
        row.high().setVisible(!derived);
        row.derived().setVisible(derived);
    }

    private static NumberField money(String label, Double value) {
        var f = new NumberField(label);
        // no client-side minimum: the validator's message ("must be at least 0, was −5,000") says what is wrong
        f.setValue(value);
        f.setValueChangeMode(ValueChangeMode.LAZY);
        return f;
    }

    /** Field ids and error paths follow the line's position, so they are renewed after a removal. */
    private void relabel() {
        rows.removeAll();
        for (int i = 0; i < lines.size(); i++) {
            var row = lines.get(i);
            rows.add(rowDivs.get(row));
            var at = path + "[" + i + "]";
            bind(at + ".name", row.name());
            bind(at + ".low", row.low());
            bind(at + ".likely", row.likely());
            bind(at + ".high", row.high());
            bind(at + ".evidence", row.evidence());
            if (row.derived() != null) {
                row.derive().setId(QuestionFields.idOf(at) + "-derive");
                bind(at + ".derivedFrom", row.derived());
                row.derived().relabel(at, register);
            }
        }
        rowDivs.keySet().retainAll(lines);
    }

    private void bind(String fieldPath, com.vaadin.flow.component.Component component) {
        component.setId(QuestionFields.idOf(fieldPath));
        register.accept(fieldPath, new QuestionFields.Bound(
                new Questionnaire.Question(Questionnaire.Step.ROI, fieldPath, "", "", Questionnaire.Kind.NUMBER, Map.of(), 0, null, null),
                component));
    }

    private void write() {
        var array = JsonNodeFactory.instance.arrayNode();
        for (var row : lines) {
            ObjectNode line = array.addObject();
            if (!row.name().getValue().isBlank()) {
                line.put("name", row.name().getValue().strip());
            }
            if (row.derived() != null && row.derive().getValue()) {
                line.set("derivedFrom", row.derived().toJson());
            } else {
                putIfPresent(line, "low", row.low().getValue());
                putIfPresent(line, "likely", row.likely().getValue());
                putIfPresent(line, "high", row.high().getValue());
            }
            if (row.evidence().getValue() != null) {
                line.put("evidence", row.evidence().getValue().name());
            }
        }
        tree.set(path, array.isEmpty() ? null : array);
        changed.accept(path);
    }

    private static void putIfPresent(ObjectNode node, String field, Double value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
