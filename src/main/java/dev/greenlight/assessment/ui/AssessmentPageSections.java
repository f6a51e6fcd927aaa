package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Component;
import dev.greenlight.assessment.AssessmentDetails;
import java.util.Comparator;
import java.util.List;

/** Every contributed {@link AssessmentPageSection}, sorted once; hands each slot the parts its caller may see. */
@org.springframework.stereotype.Component
class AssessmentPageSections {

    private final List<AssessmentPageSection> sections;

    AssessmentPageSections(List<AssessmentPageSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(AssessmentPageSection::order)).toList();
    }

    List<Component> render(AssessmentPageSection.Slot slot, AssessmentDetails details, Runnable changed) {
        return sections.stream().filter(s -> s.slot() == slot && s.visibleTo(details))
                .map(s -> s.render(details, changed)).toList();
    }
}
