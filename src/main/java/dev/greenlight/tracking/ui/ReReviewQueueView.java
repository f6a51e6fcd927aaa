package dev.greenlight.tracking.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserDirectory;
import dev.greenlight.tracking.ReReviewItem;
import dev.greenlight.tracking.TrackingService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Product managers: approved projects whose kill rule fired, waiting for a decision to continue or stop. Oldest first. */
@Route(ReReviewQueueView.PATH)
@PageTitle("Re-review · Greenlight")
@Menu(order = 1.6, title = "Re-review", icon = "vaadin:alarm")
@RolesAllowed(Role.PRODUCT_MANAGER_NAME)
class ReReviewQueueView extends Main {

    static final String PATH = "re-review";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    final Grid<ReReviewItem> grid = new Grid<>();

    ReReviewQueueView(TrackingService tracking, UserDirectory names) {
        addClassNames("page", "list-page");
        grid.setId("re-review-queue");
        grid.addColumn(i -> DAY.format(i.since())).setHeader("Since").setAutoWidth(true);
        grid.addColumn(ReReviewItem::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(i -> names.displayName(i.owner())).setHeader("Author");
        grid.addColumn(i -> "re-review: " + i.reason()).setHeader("Why").setFlexGrow(3);
        grid.setItems(query -> tracking.reReviewQueue(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) tracking.reReviewCount());
        grid.setEmptyStateComponent(new Span("No kill rule has fired."));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("assessment/" + e.getItem().assessmentId())));
        grid.setSizeFull();
        var hint = new Paragraph("Approved projects whose check-ins met one of their kill rules. Open one to continue it (with a "
                + "rationale) or stop it; nobody decides on their own project.");
        hint.addClassName("hint");
        add(new H2("Re-review"), hint, grid);
    }
}
