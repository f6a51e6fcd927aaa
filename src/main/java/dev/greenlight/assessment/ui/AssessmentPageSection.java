package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Component;
import dev.greenlight.assessment.AssessmentDetails;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.springframework.modulith.NamedInterface;

/**
 * The assessment page's extension point: a feature contributes a part of the page as a Spring bean, and the page
 * (and the guided form's review step) assemble whatever is contributed, in order, without knowing the features.
 * Review contributes the submit button and the review section, the brief its export link, the audit trail its list.
 */
@NamedInterface("ui")
public interface AssessmentPageSection {

    /** Where a part goes: beside the page's own buttons, in the page's body, or on the guided form's review step. */
    enum Slot { ACTIONS, BODY, WIZARD_REVIEW }

    Slot slot();

    /** Smaller first, within the slot. */
    int order();

    /** Who may see it: whether the signed-in caller sees this part on this assessment (the services check again). */
    boolean visibleTo(AssessmentDetails details);

    /**
     * The part for one assessment. {@code changed} is called after the part changed the assessment: the page shows it
     * again, the guided form moves on to the page.
     */
    Component render(AssessmentDetails details, Runnable changed);

    /** A part from its four facts, so a feature contributes one as a plain {@code @Bean}. */
    static AssessmentPageSection of(Slot slot, int order, Predicate<AssessmentDetails> visibleTo,
                                    BiFunction<AssessmentDetails, Runnable, Component> render) {
        record Part(Slot slot, int order, Predicate<AssessmentDetails> visible,
                    BiFunction<AssessmentDetails, Runnable, Component> renderer) implements AssessmentPageSection {
            @Override
            public boolean visibleTo(AssessmentDetails details) {
                return visible.test(details);
            }

            @Override
            public Component render(AssessmentDetails details, Runnable changed) {
                return renderer.apply(details, changed);
            }
        }
        return new Part(slot, order, visibleTo, render);
    }
}
