package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.greenlight.base.ui.TextLimit;
import dev.greenlight.document.DocumentTree;
import dev.greenlight.document.Questionnaire.Question;
import dev.greenlight.document.Questionnaire;
import java.util.LinkedHashSet;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Makes the input component for a catalogue question and keeps it in step with the working document: one
 * factory for every question, instead of a hand-written component each.
 */
final class QuestionFields {

    private QuestionFields() {
    }

    /** A bound field: the component, how to show a validation message on it, and how to focus it. */
    record Bound(Question question, Component component) {
        void showError(String message) {
            if (component instanceof HasValidation v) {
                v.setErrorMessage(message);
                v.setInvalid(message != null);
            }
        }

        void focus() {
            if (component instanceof com.vaadin.flow.component.Focusable<?> f) {
                f.focus();
            }
        }
    }

    static String idOf(String path) {
        return "f-" + path.replace('.', '-').replace('[', '-').replace("]", "");
    }

    static Bound create(Question q, DocumentTree tree, Consumer<String> changed) {
        var current = tree.get(q.path());
        Component component = switch (q.kind()) {
            case TEXT -> {
                var f = new TextField(q.label());
                f.setValue(current == null ? "" : current.asString());
                f.setValueChangeMode(ValueChangeMode.LAZY);
                counted(f, q);
                f.addValueChangeListener(e -> update(tree, q, DocumentTree.text(e.getValue()), changed));
                yield f;
            }
            case TEXTAREA -> {
                var f = new TextArea(q.label());
                f.setValue(current == null ? "" : current.asString());
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.setMinHeight("5em");
                counted(f, q);
                f.addValueChangeListener(e -> update(tree, q, DocumentTree.text(e.getValue()), changed));
                yield f;
            }
            case CHOICE -> q.options().size() > SHORT_LIST ? comboBox(q, current, tree, changed) : select(q, current, tree, changed);
            case NUMBER -> {
                var f = new NumberField(q.label());
                f.setValue(current == null ? null : current.asDouble());
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> update(tree, q, DocumentTree.number(e.getValue()), changed));
                yield f;
            }
            case INTEGER -> {
                var f = new IntegerField(q.label());
                f.setValue(current == null ? null : current.asInt());
                f.setStepButtonsVisible(true);
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> update(tree, q, DocumentTree.integer(e.getValue()), changed));
                yield f;
            }
            case PERCENT -> {
                var f = new NumberField(q.label());
                f.setSuffixComponent(new Span("%"));
                f.setValue(current == null ? null : round(current.asDouble() * 100));
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> update(tree, q, DocumentTree.number(e.getValue() == null ? null : e.getValue() / 100), changed));
                yield f;
            }
            case YES_NO -> {
                var f = new RadioButtonGroup<String>(q.label());
                f.setItems(q.options().keySet());
                f.setItemLabelGenerator(code -> q.options().get(code));
                f.setValue(current == null ? null : String.valueOf(current.asBoolean()));
                f.addValueChangeListener(e -> update(tree, q, e.getValue() == null ? null
                        : JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(e.getValue())), changed));
                yield f;
            }
            case MULTI_CHOICE -> {
                var f = new CheckboxGroup<String>(q.label());
                f.setItems(q.options().keySet());
                f.setItemLabelGenerator(code -> q.options().get(code));
                f.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                var selected = new LinkedHashSet<String>();
                if (current != null) {
                    current.forEach(n -> selected.add(n.asString()));
                }
                f.setValue(selected);
                f.addValueChangeListener(e -> {
                    var array = JsonNodeFactory.instance.arrayNode();
                    q.options().keySet().stream().filter(e.getValue()::contains).forEach(array::add);
                    update(tree, q, array, changed);
                });
                yield f;
            }
        };
        component.setId(idOf(q.path()));
        if (component instanceof com.vaadin.flow.component.HasHelper helper && q.url() != null) {
            // the EU AI Act questions cite their article with its EUR-Lex link (PRODUCT.md §6.3)
            var link = new com.vaadin.flow.component.html.Anchor(q.url(), q.article());
            link.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
            link.addClassName("article-link");
            helper.setHelperComponent(new Span(new Span(q.help() + " "), link));
        } else if (component instanceof com.vaadin.flow.component.HasHelper helper && !q.help().isBlank() && helper.getHelperText() == null) {
            helper.setHelperText(q.help());
        }
        if (component instanceof AbstractField<?, ?> field && q.required()) {
            field.setRequiredIndicatorVisible(true);
        }
        return new Bound(q, component);
    }

    /** Up to this many options a drop-down reads well; longer lists (currencies) are searched by typing. */
    private static final int SHORT_LIST = 20;

    private static Select<String> select(Question q, JsonNode current, DocumentTree tree, Consumer<String> changed) {
        var f = new Select<String>();
        f.setLabel(q.label());
        f.setItems(q.options().keySet());
        f.setItemLabelGenerator(code -> code == null ? "" : q.options().getOrDefault(code, code));
        f.setEmptySelectionAllowed(true);
        f.setEmptySelectionCaption("Not answered yet");
        f.setValue(current == null ? null : current.asString());
        f.addValueChangeListener(e -> update(tree, q, DocumentTree.text(e.getValue()), changed));
        if (q.options().keySet().stream().anyMatch(code -> Questionnaire.optionHelp(q.path(), code) != null)) {
            explained(f, q);
        }
        return f;
    }

    /** Each option with what it means under it, and the chosen one's meaning kept beside the closed field. */
    private static void explained(Select<String> f, Question q) {
        f.setRenderer(new ComponentRenderer<>(code -> {
            var option = new Div(new Span(q.options().getOrDefault(code, code)));
            var help = Questionnaire.optionHelp(q.path(), code);
            if (help != null) {
                var meaning = new Span(help);
                meaning.addClassName("option-help");
                option.add(meaning);
            }
            option.addClassName("explained-option");
            return option;
        }));
        Runnable describe = () -> {
            var chosen = f.getValue() == null ? null : Questionnaire.optionHelp(q.path(), f.getValue());
            f.setHelperText(chosen == null ? q.help() : chosen);
        };
        describe.run();
        f.addValueChangeListener(e -> describe.run());
    }

    private static ComboBox<String> comboBox(Question q, JsonNode current, DocumentTree tree, Consumer<String> changed) {
        var f = new ComboBox<String>(q.label());
        f.setItems(q.options().keySet());
        f.setItemLabelGenerator(code -> code == null ? "" : q.options().getOrDefault(code, code));
        f.setClearButtonVisible(true);
        f.setPlaceholder("Not answered yet");
        var stored = current == null ? null : current.asString();
        // a stored code the list does not know stays visible as it is, so the validator's message makes sense
        f.setAllowCustomValue(false);
        if (stored != null && q.options().containsKey(stored)) {
            f.setValue(stored);
        }
        f.addValueChangeListener(e -> update(tree, q, DocumentTree.text(e.getValue()), changed));
        return f;
    }

    private static <F extends com.vaadin.flow.component.HasHelper & HasValue<?, String>> void counted(F field, Question q) {
        TextLimit.counted(field, q.maxLength(), q.help());
    }

    private static void update(DocumentTree tree, Question q, JsonNode value, Consumer<String> changed) {
        tree.set(q.path(), value);
        changed.accept(q.path());
    }

    /** A line of help below a heading. */
    static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
