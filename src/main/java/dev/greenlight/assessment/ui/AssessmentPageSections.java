package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Component;
import dev.greenlight.assessment.AssessmentDetails;
import java.util.Comparator;
import java.util.List;

/** Every contributed {@link AssessmentPageSection}, sorted once; hands each slot the parts its caller may see. */
@org.springframework.stereotype.Component
class AssessmentPageSections {

    private final List<AssessmentPageSection> sections;
    private final List<ScoreNote> notes;

    AssessmentPageSections(List<AssessmentPageSection> sections, List<ScoreNote> notes) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(AssessmentPageSection::order)).toList();
        this.notes = List.copyOf(notes);
    }

    /** What the contributed notes say beside this score, as paragraphs; none without a score. */
    List<Component> notes(Long id, dev.greenlight.document.AssessmentDocument document, dev.greenlight.scoring.ScoreResult score) {
        if (score == null) {
            return List.of();
        }
        return notes.stream().map(n -> n.about(id, document, score)).flatMap(java.util.Optional::stream)
                .<Component>map(ScoreNote.Note::render).toList();
    }

    List<Component> render(AssessmentPageSection.Slot slot, AssessmentDetails details, Runnable changed) {
        return sections.stream().filter(s -> s.slot() == slot && s.visibleTo(details))
                .map(s -> s.render(details, changed)).toList();
    }
}
