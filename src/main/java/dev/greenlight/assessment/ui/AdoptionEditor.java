package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import dev.greenlight.assessment.WizardDraft;
import dev.greenlight.document.Questionnaire.Kind;
import dev.greenlight.document.Questionnaire.Step;
import dev.greenlight.document.Questionnaire;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Adoption by year: one percentage per year of the horizon, drawn again whenever the horizon changes. */
class AdoptionEditor extends Composite<Div> {

    static final String PATH = "financials.adoptionByYear";

    private final WizardDraft draft;
    private final Consumer<String> changed;
    private final BiConsumer<String, QuestionFields.Bound> register;

    AdoptionEditor(WizardDraft draft, Consumer<String> changed, BiConsumer<String, QuestionFields.Bound> register) {
        this.draft = draft;
        this.changed = changed;
        this.register = register;
        getContent().addClassName("adoption");
        getContent().setId(QuestionFields.idOf(PATH));
        render();
    }

    void render() {
        var content = getContent();
        content.removeAll();
        var shares = draft.adoptionFollowingHorizon();
        if (shares.isEmpty()) {
            content.add(QuestionFields.hint("Choose the horizon first."));
            return;
        }
        var row = new Div();
        row.addClassName("adoption-row");
        for (int y = 0; y < shares.get().size(); y++) {
            int year = y;
            var path = PATH + "[" + y + "]";
            var field = new NumberField("Year " + (y + 1));
            field.setSuffixComponent(new Span("%"));
            field.setValue(QuestionFields.round(shares.get().get(y) * 100));
            field.setWidth("7em");
            field.setId(QuestionFields.idOf(path));
            register.accept(path, new QuestionFields.Bound(
                    new Questionnaire.Question(Step.ROI, path, "", "", Kind.PERCENT, Map.of(), 0, 0.0, 1.0), field));
            field.addValueChangeListener(e -> {
                draft.setAdoption(year, e.getValue() == null ? null : e.getValue() / 100);
                changed.accept(PATH);
            });
            row.add(field);
        }
        content.add(row);
    }
}
