package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.security.UserDirectory;
import jakarta.annotation.security.PermitAll;

@Route("assessments")
@PageTitle("All assessments · Greenlight")
@Menu(order = 2, title = "All assessments", icon = "vaadin:records")
@PermitAll
class AllAssessmentsView extends Main {

    final AssessmentGrid assessments;

    AllAssessmentsView(AssessmentService service, UserDirectory names) {
        addClassNames("page", "list-page");
        assessments = new AssessmentGrid(service, names, false);
        var hint = new Paragraph("Every assessment that has been submitted, plus your own drafts.");
        hint.addClassName("hint");
        add(new H2("All assessments"), hint, assessments);
    }
}
