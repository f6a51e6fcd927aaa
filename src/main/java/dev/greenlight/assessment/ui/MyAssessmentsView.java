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
import dev.greenlight.security.UserDirectory;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("mine")
@PageTitle("My assessments · Greenlight")
@Menu(order = 1, title = "My assessments", icon = "vaadin:clipboard-user")
@RolesAllowed({Role.ENGINEER_NAME, Role.PRODUCT_MANAGER_NAME})
class MyAssessmentsView extends Main {

    final AssessmentGrid assessments;

    MyAssessmentsView(AssessmentService service, UserDirectory names, List<AssessmentListColumn> columns) {
        addClassNames("page", "list-page");
        assessments = new AssessmentGrid(service, names, true);
        columns.forEach(c -> assessments.grid.addColumn(c::value).setHeader(c.header()).setKey(c.key()).setFlexGrow(2)
                .setTooltipGenerator(c::value));
        // the contributed columns are the first to step aside on a phone
        ResponsiveGrid.hideOnPhone(assessments.grid, columns.stream().map(AssessmentListColumn::key).toList());
        var create = new Button("New assessment", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewAssessmentView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-assessment");
        var header = new HorizontalLayout(new H2("My assessments"), create);
        header.addClassName("page-header");
        add(header, assessments);
    }
}
