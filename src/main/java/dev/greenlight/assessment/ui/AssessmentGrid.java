package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.greenlight.assessment.AssessmentFilter;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.security.UserDirectory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** A lazy grid of assessments: paging, sorting and filtering all happen in the database. */
class AssessmentGrid extends Composite<VerticalLayout> {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    final TextField titleFilter = new TextField();
    final MultiSelectComboBox<AssessmentStatus> statusFilter = new MultiSelectComboBox<>();
    final Grid<AssessmentSummary> grid = new Grid<>();
    private final AssessmentService service;
    private final boolean mineOnly;

    AssessmentGrid(AssessmentService service, UserDirectory names, boolean mineOnly) {
        this.service = service;
        this.mineOnly = mineOnly;
        titleFilter.setPlaceholder("Filter by title");
        titleFilter.setId("title-filter");
        statusFilter.setId("status-filter");
        grid.setId("assessments");
        titleFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        titleFilter.setClearButtonVisible(true);
        titleFilter.setValueChangeMode(ValueChangeMode.LAZY);
        titleFilter.setAriaLabel("Filter by title");
        statusFilter.setPlaceholder("Any status");
        statusFilter.setItems(AssessmentStatus.values());
        statusFilter.setItemLabelGenerator(AssessmentStatus::label);
        statusFilter.setAriaLabel("Filter by status");
        titleFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());

        var title = grid.addColumn(AssessmentSummary::title).setHeader("Title").setKey("title").setSortProperty("title")
                .setFlexGrow(3).setAutoWidth(false).setWidth("14em").setTooltipGenerator(AssessmentSummary::title);
        grid.addColumn(AssessmentSummary::team).setHeader("Team").setKey("team").setSortProperty("team");
        if (!mineOnly) {
            grid.addColumn(s -> names.displayName(s.owner())).setHeader("Owner").setKey("owner").setSortProperty("owner");
        }
        grid.addComponentColumn(s -> StatusBadge.of(s.status())).setHeader("Status").setKey("status").setSortProperty("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.score() == null ? "—" : String.format("%.0f", s.score())).setHeader("Score")
                .setKey("score").setSortProperty("score").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> RecommendationBadge.of(s.recommendation())).setHeader("Recommendation")
                .setKey("recommendation").setSortProperty("recommendation").setAutoWidth(true).setFlexGrow(0);
        var updated = grid.addColumn(s -> UPDATED.format(s.updatedAt().atZone(ZoneId.systemDefault()))).setHeader("Updated")
                .setKey("updatedAt").setSortProperty("updatedAt");
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(updated, SortDirection.DESCENDING)));
        grid.setItems(query -> service.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.list(filter(), org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements());
        grid.setEmptyStateComponent(new Span(mineOnly
                ? "No assessments yet. Start one with “New assessment”."
                : "Nothing matches these filters."));
        grid.setSizeFull();
        grid.addClassName("assessment-grid");
        ResponsiveGrid.readable(grid, List.of("team", "owner", "status", "updatedAt"));
        title.setResizable(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, e.getItem().id())));

        var filters = new HorizontalLayout(titleFilter, statusFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        getContent().add(filters, grid);
        getContent().setPadding(false);
        getContent().setSizeFull();
    }

    private AssessmentFilter filter() {
        return new AssessmentFilter(mineOnly, titleFilter.getValue(), statusFilter.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
