package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("new")
@PageTitle("New assessment · Greenlight")
@Menu(order = 0, title = "New assessment", icon = "vaadin:plus-circle-o")
@RolesAllowed({Role.ENGINEER_NAME, Role.PRODUCT_MANAGER_NAME})
class NewAssessmentView extends Main {

    final NewAssessmentForm form = new NewAssessmentForm();
    final Button create = new Button("Create draft");

    NewAssessmentView(AssessmentService service) {
        addClassNames("page", "narrow-page");
        var intro = new Paragraph("Start with the problem. You can fill in the success metric, the money and the "
                + "ethical risk later; nothing is shared until you submit it for review.");
        intro.addClassName("hint");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-draft");
        create.addClickListener(e -> form.read().ifPresent(document -> {
            try {
                var created = service.create(document);
                Notification.show("Draft “" + created.document().title() + "” created", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, created.id()));
            } catch (InvalidAssessmentException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
        var cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(MyAssessmentsView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2("New assessment"), intro, form, new HorizontalLayout(create, cancel));
    }
}
