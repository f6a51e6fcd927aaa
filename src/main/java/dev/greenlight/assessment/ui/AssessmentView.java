package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentNotFoundException;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.security.UserDirectory;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.security.access.AccessDeniedException;

/**
 * One assessment, read in sections. The page is assembled from the parts features contribute
 * ({@link AssessmentPageSection}): review's submit button and section, the brief's export, the audit trail.
 */
@Route("assessment")
@PermitAll
class AssessmentView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final AssessmentService service;
    private final AssessmentPageSections sections;
    private final UserDirectory names;
    private String title = "Assessment";

    AssessmentView(AssessmentService service, AssessmentPageSections sections, UserDirectory names) {
        this.service = service;
        this.sections = sections;
        this.names = names;
        addClassNames("page", "assessment-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            show(service.get(id));
        } catch (AssessmentNotFoundException e) {
            problem("Not found", "There is no assessment " + id + ". It may have been removed, or the link is wrong.");
        } catch (AccessDeniedException e) {
            problem("Not yours to see", e.getMessage());
        }
    }

    private void problem(String heading, String message) {
        title = heading;
        var box = new Div(new H2(heading), new Paragraph(message));
        box.addClassName("problem");
        add(box);
    }

    private void show(AssessmentDetails details) {
        var doc = details.document();
        title = doc.title();
        var heading = new H2(doc.title());
        var meta = new Div(StatusBadge.of(details.status()),
                new Span("by " + names.displayName(details.owner())),
                new Span("updated " + WHEN.format(details.updatedAt().atZone(ZoneId.systemDefault()))),
                // the row's own counter is an implementation detail; a user only ever sees submitted version numbers
                new Span(details.latestVersion() == 0 ? "not submitted yet" : "version " + details.latestVersion() + " submitted"));
        meta.addClassName("meta");
        var header = new Div(heading, meta);
        header.addClassName("assessment-header");
        if (doc.summary() != null) {
            var summary = new Paragraph(doc.summary());
            summary.addClassName("summary");
            header.add(summary);
        }
        add(header);
        Runnable reload = () -> {
            removeAll();
            show(service.get(details.id()));
        };
        var actions = new HorizontalLayout();
        actions.addClassName("page-actions");
        if (details.editableByCaller()) {
            var edit = new Button("Continue in the guided form", e -> getUI().ifPresent(ui -> ui.navigate(WizardView.class, details.id())));
            edit.setId("edit");
            actions.add(edit);
        }
        sections.render(AssessmentPageSection.Slot.ACTIONS, details, reload).forEach(actions::add);
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        add(new ScorePanel(details, sections.notes(details.id(), details.document(), details.scoreResult())));
        sections.render(AssessmentPageSection.Slot.BODY, details, reload).forEach(this::add);
        add(AssessmentSections.render(details));
    }

    @Override
    public String getPageTitle() {
        return title + " · Greenlight";
    }
}
