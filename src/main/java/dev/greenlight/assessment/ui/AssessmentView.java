package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentNotFoundException;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.base.ui.StatusBadge;
import dev.greenlight.brief.BriefService;
import dev.greenlight.review.ReviewService;
import dev.greenlight.review.ui.ReviewSection;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.security.access.AccessDeniedException;

/** One assessment, read in sections; the author submits it from here, reviewers decide and everyone comments. */
@Route("assessment")
@PermitAll
class AssessmentView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final AssessmentService service;
    private final BriefService briefs;
    private final ReviewService reviews;
    private String title = "Assessment";
    Button submit;

    AssessmentView(AssessmentService service, BriefService briefs, ReviewService reviews) {
        this.service = service;
        this.briefs = briefs;
        this.reviews = reviews;
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
                new Span("by " + details.owner()),
                new Span("updated " + WHEN.format(details.updatedAt().atZone(ZoneId.systemDefault()))),
                new Span("version " + details.version()));
        meta.addClassName("meta");
        var header = new Div(heading, meta);
        header.addClassName("assessment-header");
        if (doc.summary() != null) {
            var summary = new Paragraph(doc.summary());
            summary.addClassName("summary");
            header.add(summary);
        }
        add(header);
        if (details.editableByCaller()) {
            add(actions(details));
        }
        if (details.scoreResult() != null) {
            add(export(details.id()));
        }
        add(new ScorePanel(details));
        add(new ReviewSection(details, reviews, service, () -> {
            removeAll();
            show(service.get(details.id()));
        }));
        add(AssessmentSections.render(details));
    }

    private HorizontalLayout actions(AssessmentDetails details) {
        submit = new Button(details.latestVersion() == 0 ? "Submit for review" : "Resubmit for review");
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            var confirm = new ConfirmDialog("Submit for review?",
                    "Product managers will review “" + details.document().title() + "”. You can't edit it unless they request changes.",
                    "Submit", ok -> doSubmit(details));
            confirm.setCancelable(true);
            confirm.open();
        });
        var edit = new Button("Continue in the guided form", e -> getUI().ifPresent(ui -> ui.navigate(WizardView.class, details.id())));
        edit.setId("edit");
        return new HorizontalLayout(edit, submit);
    }

    private Anchor export(long id) {
        return BriefLink.of(briefs, id, "export-brief");
    }

    void doSubmit(AssessmentDetails details) {
        try {
            service.submit(details.id(), details.version());
            Notification.show("Submitted for review", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (StaleAssessmentException | AccessDeniedException | Lifecycle.IllegalTransitionException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        removeAll();
        show(service.get(details.id()));
    }

    @Override
    public String getPageTitle() {
        return title + " · Greenlight";
    }
}
