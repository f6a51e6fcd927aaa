package dev.greenlight.review.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.greenlight.review.ReviewService;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.assessment.ui.ResponsiveGrid;
import java.util.List;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Product managers: what waits for a decision; leadership: approvals that wait for a sign-off. Oldest first. */
@Route(ReviewQueueView.PATH)
@PageTitle("Review queue · Greenlight")
@Menu(order = 1.5, title = "Review queue", icon = "vaadin:gavel")
@RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME})
class ReviewQueueView extends Main {

    static final String PATH = "review";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    final Grid<AssessmentSummary> grid = new Grid<>();

    ReviewQueueView(ReviewService service, UserDirectory names) {
        addClassNames("page", "list-page");
        grid.setId("review-queue");
        grid.addColumn(s -> s.submittedAt() == null ? "" : WHEN.format(s.submittedAt().atZone(ZoneId.systemDefault())))
                .setHeader("Submitted").setKey("submittedAt").setAutoWidth(true);
        grid.addColumn(AssessmentSummary::title).setHeader("Title").setKey("title").setFlexGrow(3).setWidth("14em")
                .setTooltipGenerator(AssessmentSummary::title);
        grid.addColumn(s -> names.displayName(s.owner())).setHeader("Author").setKey("owner");
        grid.addColumn(s -> "Version " + s.latestVersion()).setHeader("Submitted version").setKey("version").setAutoWidth(true);
        grid.addColumn(s -> s.score() == null ? "—" : String.format(Locale.ROOT, "%.0f", s.score())).setHeader("Score")
                .setKey("score").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> RecommendationBadge.of(s.recommendation())).setHeader("Recommendation").setKey("recommendation")
                .setAutoWidth(true);
        grid.addColumn(s -> s.ethicsLevel() == null ? "—" : s.ethicsLevel()).setHeader("Ethics level").setKey("ethicsLevel");
        grid.addColumn(s -> s.euAiActTier() == null ? "—" : s.euAiActTier().label()).setHeader("EU AI Act").setKey("euAiActTier");
        grid.setItems(query -> service.reviewQueue(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.reviewQueueCount());
        grid.setEmptyStateComponent(new Span("Nothing waits for you."));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("assessment/" + e.getItem().id())));
        grid.setSizeFull();
        ResponsiveGrid.readable(grid, List.of("submittedAt", "owner", "version", "ethicsLevel", "euAiActTier"));
        var hint = new Paragraph("Submitted assessments waiting for you, oldest first. Product managers decide; approvals of "
                + "ethics level IV or EU AI Act high-risk projects then wait here for leadership's sign-off.");
        hint.addClassName("hint");
        add(new H2("Review queue"), hint, grid);
    }
}
