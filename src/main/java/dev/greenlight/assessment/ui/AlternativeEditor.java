package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.DocumentTree;
import dev.greenlight.document.Questionnaire;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * "The best non-AI way" on the ROI step (PRODUCT.md §6.2): its name, its chance of success and its three-point
 * lines, priced like the AI option. An alternative with nothing filled in is removed from the document, so an
 * untouched section never stands between a draft and its score.
 */
class AlternativeEditor extends Composite<Div> {

    static final String PATH = "financials.alternative";

    private final DocumentTree tree;
    private final Consumer<String> changed;

    AlternativeEditor(DocumentTree tree, Consumer<String> changed, BiConsumer<String, QuestionFields.Bound> register) {
        this.tree = tree;
        this.changed = changed;
        var content = getContent();
        content.setId("alternative");
        content.addClassName("alternative-editor");
        content.add(new H4("The best non-AI way"), QuestionFields.hint("Would rules, a process change or more people "
                + "reach the same goal? Price it here like the AI option (same horizon and discount rate, no "
                + "compliance cost): Greenlight shows what the model adds over it, and caps the recommendation at "
                + "revise if the non-AI way returns as much. Example: tighter rules and two more analysts."));

        var name = new TextField("Name of the alternative");
        name.setMaxLength(AssessmentValidator.SHORT_TEXT_MAX);
        var storedName = tree.get(PATH + ".name");
        name.setValue(storedName == null ? "" : storedName.asString());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setHelperText("What it is, in a few words: \"Smarter cancellation flow\".");
        name.addValueChangeListener(e -> set(PATH + ".name", DocumentTree.text(e.getValue())));

        var chance = new NumberField("Chance of success");
        chance.setSuffixComponent(new Span("%"));
        var storedChance = tree.get(PATH + ".probabilityOfSuccess");
        chance.setValue(storedChance == null ? null : QuestionFields.round(storedChance.asDouble() * 100));
        chance.setValueChangeMode(ValueChangeMode.LAZY);
        chance.setHelperText("How likely it works at all; a process change is usually surer than a model: 90 %.");
        chance.addValueChangeListener(e -> set(PATH + ".probabilityOfSuccess",
                DocumentTree.number(e.getValue() == null ? null : e.getValue() / 100)));
        bind(PATH + ".name", name, register);
        bind(PATH + ".probabilityOfSuccess", chance, register);
        var head = new Div(name, chance);
        head.addClassName("alternative-head");
        content.add(head);
        content.add(new MoneyLinesEditor(PATH + ".buildCosts", "Its one-time costs", "What it takes to set it up.",
                tree, this::changedWithin, register));
        content.add(new MoneyLinesEditor(PATH + ".annualRunCosts", "Its annual costs", "What it costs every year.",
                tree, this::changedWithin, register));
        content.add(new MoneyLinesEditor(PATH + ".annualBenefits", "Its annual benefits at full adoption",
                "Plain three-point estimates; adoption follows the AI option's.", tree, this::changedWithin, register));
    }

    private void set(String path, tools.jackson.databind.JsonNode value) {
        tree.set(path, value);
        changedWithin(path);
    }

    private void changedWithin(String path) {
        var alternative = tree.get(PATH);
        if (alternative != null && alternative.isEmpty()) {
            tree.set(PATH, null);
        }
        changed.accept(path);
    }

    private static void bind(String path, com.vaadin.flow.component.Component component,
                             BiConsumer<String, QuestionFields.Bound> register) {
        component.setId(QuestionFields.idOf(path));
        register.accept(path, new QuestionFields.Bound(new Questionnaire.Question(Questionnaire.Step.ROI, path, "", "",
                Questionnaire.Kind.NUMBER, Map.of(), 0, null, null), component));
    }
}
