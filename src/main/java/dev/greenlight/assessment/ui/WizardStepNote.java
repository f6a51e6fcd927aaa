package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Component;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.document.Questionnaire;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What another feature has to say on one step of the guided form, shown at the top of that step: review's requested
 * changes and the comments pinned to the step, where the author does the work. Contributed as Spring beans.
 */
@NamedInterface("ui")
public interface WizardStepNote {

    /** The note for {@code step}, or empty when there is nothing to say there. */
    Optional<Component> render(AssessmentDetails details, Questionnaire.Step step);
}
