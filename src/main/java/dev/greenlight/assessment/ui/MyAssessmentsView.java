package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;

@Route("mine")
@PageTitle("My assessments · Greenlight")
@Menu(order = 1, title = "My assessments", icon = "vaadin:clipboard-user")
@RolesAllowed({Role.ENGINEER_NAME, Role.PRODUCT_MANAGER_NAME})
class MyAssessmentsView extends Main {

    final AssessmentGrid assessments;

    MyAssessmentsView(AssessmentService service, ReviewService reviews) {
        addClassNames("page", "list-page");
        assessments = new AssessmentGrid(service, true);
        // The author sees what reviewers said without opening each assessment.
        assessments.grid.addColumn(s -> s.latestVersion() == 0 ? "" : reviews.feedback(s.id()))
                .setHeader("Review").setKey("review").setFlexGrow(2);
        var create = new Button("New assessment", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewAssessmentView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-assessment");
        var header = new HorizontalLayout(new H2("My assessments"), create);
        header.addClassName("page-header");
        add(header, assessments);
    }
}
