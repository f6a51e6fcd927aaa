package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.greenlight.assessment.WizardDraft;
import dev.greenlight.document.Questionnaire;
import java.util.function.Consumer;

/**
 * The wizard's last step: the business case of the score in hand, what is missing (each item a link to its
 * field), the conditions that would apply, why this score, and what other features contribute to this step
 * ({@link AssessmentPageSection.Slot#WIZARD_REVIEW}: review's Submit, the brief's export), which wait while
 * invalid input is on screen.
 */
class ReviewStep extends Composite<Div> {

    private final AssessmentPageSections sections;
    private final Consumer<String> goTo;
    private final Runnable changed;

    ReviewStep(AssessmentPageSections sections, Consumer<String> goTo, Runnable changed) {
        this.sections = sections;
        this.goTo = goTo;
        this.changed = changed;
        getContent().setId("review");
    }

    void show(WizardDraft draft) {
        var review = getContent();
        review.removeAll();
        var result = draft.score();
        review.add(new H3("Business case"));
        if (result.isPresent()) {
            var businessCase = new Paragraph(result.get().businessCase());
            businessCase.addClassName("business-case");
            businessCase.setId("review-business-case");
            review.add(businessCase);
        } else {
            review.add(QuestionFields.hint("The business case is written once the assessment can be scored."));
        }
        review.add(new H3("What is missing"));
        var missing = new Div();
        missing.setId("review-missing");
        var items = draft.missing();
        if (items.isEmpty()) {
            missing.add(new Paragraph("Nothing: every question is answered."));
        }
        for (var item : items) {
            var link = new Button(Questionnaire.stepOf(item.path()).label() + ": " + item.message(), e -> goTo.accept(item.path()));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("missing-link");
            missing.add(new Div(link));
        }
        review.add(missing);
        result.ifPresent(r -> {
            if (!r.conditions().isEmpty()) {
                var conditions = new UnorderedList();
                conditions.setId("review-conditions");
                conditions.addClassName("conditions");
                r.conditions().forEach(c -> conditions.add(new ListItem(c)));
                review.add(new H3("Conditions that would apply"), conditions);
            }
            var explanation = new UnorderedList();
            explanation.addClassName("explanation");
            r.explanation().forEach(line -> explanation.add(new ListItem(line)));
            review.add(new H3("Why this score"), explanation);
        });
        var actions = new Div();
        actions.addClassName("wizard-review-actions");
        sections.render(AssessmentPageSection.Slot.WIZARD_REVIEW, draft.storedDetails(), changed).forEach(actions::add);
        actions.setEnabled(draft.errors().isEmpty());
        review.add(actions);
    }
}
