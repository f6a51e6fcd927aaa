package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.ui.AssessmentPageSection.Slot;
import dev.greenlight.document.AssessmentDocument;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page takes each slot's contributed parts in their order, and only those its caller may see. */
class AssessmentPageSectionsTest {

    private static final AssessmentDetails DRAFT = new AssessmentDetails(1, AssessmentDocument.draft("Idea", null, null, null),
            AssessmentStatus.DRAFT, "engineer", 0, Instant.EPOCH, Instant.EPOCH, null, null, List.of(), true, 0, null, null);

    private static AssessmentPageSection part(Slot slot, int order, boolean visible, String text) {
        return AssessmentPageSection.of(slot, order, details -> visible, (details, changed) -> new Span(text));
    }

    private static List<String> texts(List<Component> parts) {
        return parts.stream().map(c -> ((Span) c).getText()).toList();
    }

    @Test
    void a_slot_renders_its_visible_parts_smallest_order_first() {
        var sections = new AssessmentPageSections(List.of(part(Slot.BODY, 90, true, "audit"), part(Slot.ACTIONS, 10, true, "submit"),
                part(Slot.BODY, 10, true, "review"), part(Slot.BODY, 50, false, "hidden")), List.of());
        assertThat(texts(sections.render(Slot.BODY, DRAFT, () -> { }))).containsExactly("review", "audit");
        assertThat(texts(sections.render(Slot.ACTIONS, DRAFT, () -> { }))).containsExactly("submit");
        assertThat(sections.render(Slot.WIZARD_REVIEW, DRAFT, () -> { })).isEmpty();
    }

    @Test
    void a_part_hands_the_page_its_change_callback() {
        var called = new boolean[1];
        var sections = new AssessmentPageSections(List.of(AssessmentPageSection.of(Slot.ACTIONS, 1, d -> true, (d, changed) -> {
            changed.run();
            return new Span("acted");
        })), List.of());
        sections.render(Slot.ACTIONS, DRAFT, () -> called[0] = true);
        assertThat(called[0]).isTrue();
    }
}
