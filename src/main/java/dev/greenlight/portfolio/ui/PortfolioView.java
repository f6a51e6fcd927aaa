package dev.greenlight.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.base.ui.Money;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.assessment.ui.StatusBadge;
import dev.greenlight.brief.BriefService;
import dev.greenlight.portfolio.BudgetFrontier;
import dev.greenlight.portfolio.Headline;
import dev.greenlight.portfolio.InvalidPortfolioRequestException;
import dev.greenlight.portfolio.PortfolioEntry;
import dev.greenlight.portfolio.PortfolioFilter;
import dev.greenlight.portfolio.PortfolioService;
import dev.greenlight.portfolio.PortfolioSort;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.tracking.TrackingStatus;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What should we fund, and what could hurt us? Every non-draft assessment ranked by score, the headline
 * figures and the value-vs-risk chart of the filtered set, and the best set of projects for a budget.
 */
@Route("portfolio")
@PageTitle("Portfolio · Greenlight")
@Menu(order = 3, title = "Portfolio", icon = "vaadin:chart-grid")
@RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
class PortfolioView extends Main {

    private final PortfolioService portfolio;

    private final TextField search = new TextField();
    private final MultiSelectComboBox<AssessmentStatus> status = new MultiSelectComboBox<>("Status");
    private final MultiSelectComboBox<Recommendation> recommendation = new MultiSelectComboBox<>("Recommendation");
    private final MultiSelectComboBox<EthicsLevel> level = new MultiSelectComboBox<>("Ethics level");
    private final MultiSelectComboBox<EuAiActTier> tier = new MultiSelectComboBox<>("EU AI Act tier");
    private final MultiSelectComboBox<TrackingStatus> tracking = new MultiSelectComboBox<>("Tracking");
    private final ComboBox<String> team = new ComboBox<>("Team");
    private final Div headline = new Div();
    private final Grid<PortfolioEntry> grid = new Grid<>();
    private final Div chart = new Div();
    private final NumberField budget = new NumberField("Build budget");
    private final Select<String> currency = new Select<>();
    /** PRODUCT.md §6.2: projects whose priced non-AI way returns as much or more. */
    private final Checkbox alternativeWins = new Checkbox("Non-AI alternative returns as much or more");
    private final Paragraph frontierSummary = new Paragraph();
    private final Grid<PortfolioEntry> frontierGrid = new Grid<>();
    private final Anchor export = new Anchor();
    private final Anchor frontierExport = new Anchor();
    private BudgetFrontier.Selection<PortfolioEntry> frontier;

    PortfolioView(PortfolioService portfolio, UserDirectory names) {
        this.portfolio = portfolio;
        addClassNames("page", "portfolio-page");
        var hint = new Paragraph("Every submitted assessment, ranked by score. Filters apply to the list, the figures, "
                + "the chart, the budget frontier and the workbook.");
        hint.addClassName("hint");

        export.setText("Portfolio workbook (.xlsx)");
        export.setId("export-portfolio");
        export.addClassName("export-link");

        headline.setId("headline");
        headline.addClassName("headline");
        chart.setId("chart-area");
        chart.addClassName("chart-area");

        configureFilters();
        configureGrid(names);
        frontierExport.setText("Export this set (.xlsx)");
        frontierExport.setId("export-frontier");
        frontierExport.addClassName("export-link");
        frontierExport.setVisible(false);

        alternativeWins.setId("filter-alternative");
        alternativeWins.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(search, status, recommendation, level, tier, tracking, team, alternativeWins);
        filters.setWrap(true);
        filters.addClassName("portfolio-filters");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var title = new HorizontalLayout(new H2("Portfolio"), export);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        title.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(title, hint, filters, headline, grid, new H3("Value vs risk"), chart, frontierSection(),
                new ObligationsDueSection(portfolio));
        refresh();
    }

    private void configureFilters() {
        search.setId("portfolio-search");
        search.setLabel("Search");
        search.setPlaceholder("Title, team or owner");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(PortfolioFilter.TEXT_MAX);
        anyOf(status, "portfolio-status", Arrays.stream(AssessmentStatus.values()).filter(s -> s != AssessmentStatus.DRAFT).toList(),
                AssessmentStatus::label);
        anyOf(recommendation, "portfolio-recommendation", List.of(Recommendation.values()), r -> RecommendationBadge.label(r));
        anyOf(level, "portfolio-level", List.of(EthicsLevel.values()), l -> l.name() + " · " + l.label());
        anyOf(tier, "portfolio-tier", List.of(EuAiActTier.values()), EuAiActTier::label);
        anyOf(tracking, "portfolio-tracking", List.of(TrackingStatus.values()), TrackingStatus::label);
        team.setId("portfolio-team");
        team.setItems(portfolio.teams());
        team.setClearButtonVisible(true);
        team.setPlaceholder("Any");
        search.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
    }

    /** A filter that narrows to any of the chosen values; none chosen means any. */
    private <T> void anyOf(MultiSelectComboBox<T> box, String id, List<T> items, ItemLabelGenerator<T> label) {
        box.setId(id);
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setPlaceholder("Any");
        box.addValueChangeListener(e -> refresh());
    }

    private void configureGrid(UserDirectory names) {
        grid.setId("portfolio-grid");
        grid.addColumn(PortfolioEntry::title).setHeader("Title").setKey("title").setSortProperty(PortfolioSort.TITLE.name())
                .setWidth("16em").setFlexGrow(1).setResizable(true);
        grid.addColumn(PortfolioEntry::team).setHeader("Team").setKey("team").setSortProperty(PortfolioSort.TEAM.name())
                .setWidth("10em").setFlexGrow(0).setResizable(true);
        grid.addColumn(e -> names.displayName(e.owner())).setHeader("Owner").setKey("owner").setSortProperty(PortfolioSort.OWNER.name());
        grid.addComponentColumn(e -> StatusBadge.of(e.status())).setHeader("Status").setKey("status")
                .setSortProperty(PortfolioSort.STATUS.name());
        var score = grid.addColumn(e -> e.score() == null ? "—" : String.format(Locale.ROOT, "%.0f", e.score())).setHeader("Score")
                .setKey("score").setSortProperty(PortfolioSort.SCORE.name()).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> RecommendationBadge.of(e.recommendation()))
                .setHeader("Recommendation").setKey("recommendation").setSortProperty(PortfolioSort.RECOMMENDATION.name());
        grid.addColumn(e -> Money.format(e.npv(), e.currency())).setHeader("NPV").setKey("npv")
                .setSortProperty(PortfolioSort.NPV.name()).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> Money.format(e.riskAdjustedNpv(), e.currency())).setHeader("Risk-adjusted NPV").setKey("riskAdjustedNpv")
                .setSortProperty(PortfolioSort.RISK_ADJUSTED_NPV.name()).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> e.probabilityNpvPositive() == null ? "—" : String.format(Locale.ROOT, "%.0f%%", e.probabilityNpvPositive() * 100))
                .setHeader("P(NPV > 0)").setKey("probability").setSortProperty(PortfolioSort.PROBABILITY_NPV_POSITIVE.name())
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> e.incrementalRiskAdjustedNpv() == null ? "no alternative priced"
                        : Money.format(e.incrementalRiskAdjustedNpv(), e.currency())).setHeader("AI adds over non-AI way")
                .setKey("incrementalNpv").setSortProperty(PortfolioSort.INCREMENTAL_RISK_ADJUSTED_NPV.name())
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> e.level() == null ? "—" : e.level().name()).setHeader("Level").setKey("level")
                .setSortProperty(PortfolioSort.LEVEL.name());
        grid.addColumn(e -> e.tier() == null ? "—" : e.tier().label()).setHeader("EU AI Act tier").setKey("tier")
                .setSortProperty(PortfolioSort.TIER.name());
        grid.addColumn(e -> e.tracking() == null ? "" : e.tracking().label()
                        + (e.variance() == null ? "" : " · " + Money.format(e.variance(), e.currency())))
                .setHeader("Tracking · variance").setKey("tracking").setSortProperty(PortfolioSort.TRACKING_VARIANCE.name());
        grid.getColumns().stream().filter(c -> !"title".equals(c.getKey()) && !"team".equals(c.getKey())).forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(score, SortDirection.DESCENDING)));
        grid.setItems(query -> {
            var orders = query.getSortOrders().stream()
                    .map(o -> new PortfolioSort.Order(PortfolioSort.valueOf(o.getSorted()), o.getDirection() == SortDirection.DESCENDING))
                    .toList();
            return portfolio.page(filter(), orders, query.getOffset(), Math.min(query.getLimit(), PortfolioService.PAGE_MAX)).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, portfolio.count(filter())));
        grid.setEmptyStateComponent(new Span("No submitted assessment matches these filters."));
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("assessment/" + e.getItem().id())));
        grid.addClassName("portfolio-grid");
        grid.setHeight("360px");
    }

    private Component frontierSection() {
        budget.setId("frontier-budget");
        budget.setMin(0);
        budget.setStep(1000);
        budget.setPlaceholder("e.g. 500000");
        budget.setHelperText("The build cost you can fund");
        currency.setId("frontier-currency");
        currency.setLabel("Currency");
        var run = new Button("Find the best set", e -> computeFrontier());
        run.setId("frontier-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        frontierSummary.setId("frontier-summary");
        frontierGrid.setId("frontier-grid");
        frontierGrid.addColumn(PortfolioEntry::title).setHeader("Project").setFlexGrow(3);
        frontierGrid.addComponentColumn(e -> RecommendationBadge.of(e.recommendation())).setHeader("Recommendation");
        frontierGrid.addColumn(e -> Money.format(e.buildCost(), e.currency())).setHeader("Build cost").setTextAlign(ColumnTextAlign.END);
        frontierGrid.addColumn(e -> Money.format(e.riskAdjustedNpv(), e.currency())).setHeader("Risk-adjusted NPV")
                .setTextAlign(ColumnTextAlign.END);
        frontierGrid.setAllRowsVisible(true);
        frontierGrid.setVisible(false);
        frontierGrid.addItemClickListener(e -> frontierGrid.getUI().ifPresent(ui -> ui.navigate("assessment/" + e.getItem().id())));
        var form = new HorizontalLayout(budget, currency, run);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var explain = new Paragraph("The projects of the filtered portfolio that together give the most risk-adjusted NPV "
                + "without their build costs exceeding the budget. No-go, rejected, stopped and archived projects, and projects whose "
                + "risk-adjusted NPV is not positive, are never chosen.");
        explain.addClassName("hint");
        var section = new Div(new H3("Budget frontier"), explain, form, frontierSummary, frontierGrid, frontierExport);
        section.setId("frontier");
        section.addClassName("frontier");
        return section;
    }

    PortfolioFilter filter() {
        return new PortfolioFilter(status.getValue(), recommendation.getValue(), level.getValue(), tier.getValue(),
                team.getValue(), search.getValue(), tracking.getValue(), alternativeWins.getValue());
    }

    private void refresh() {
        var f = filter();
        // The link carries the filter it was made for, so the file is exactly what is on screen.
        export.setHref(download(() -> portfolio.workbook(f), portfolio.fileName()));
        grid.getDataProvider().refreshAll();
        var figures = portfolio.headline(f);
        showHeadline(figures);
        var data = portfolio.chart(f);
        chart.removeAll();
        if (data.points().isEmpty()) {
            chart.add(new Paragraph("No scored project matches these filters."));
        } else {
            var caption = new Paragraph(ValueRiskChart.caption(data.points().size(), data.total()));
            caption.setId("chart-caption");
            caption.addClassName("hint");
            chart.add(caption);
            // one chart per currency: amounts in different currencies never share an axis
            var byCurrency = new java.util.LinkedHashMap<String, List<PortfolioEntry>>();
            data.points().forEach(p -> byCurrency.computeIfAbsent(p.currency() == null ? "—" : p.currency(), c -> new java.util.ArrayList<>()).add(p));
            byCurrency.forEach((code, points) -> {
                var svg = ValueRiskChart.draw(points, code);
                svg.setId("value-risk-chart-" + code);
                chart.add(svg, legend(points, code));
            });
        }
        var available = figures.currencies();
        var previous = currency.getValue();
        currency.setItems(available);
        currency.setValue(available.contains(previous) ? previous : available.isEmpty() ? null : available.getFirst());
        if (frontier != null) {
            computeFrontier();
        }
    }

    private static DownloadHandler download(Supplier<byte[]> workbook, String fileName) {
        return DownloadHandler.fromInputStream(event -> {
            var bytes = workbook.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, BriefService.CONTENT_TYPE, bytes.length);
        });
    }

    /** The numbered points of one chart, each a link to its assessment. */
    private Component legend(List<PortfolioEntry> points, String currencyCode) {
        var list = new OrderedList();
        list.setId("chart-legend-" + currencyCode);
        list.addClassName("chart-legend");
        for (int i = 0; i < Math.min(points.size(), ValueRiskChart.LABELLED); i++) {
            var p = points.get(i);
            var item = new ListItem(new com.vaadin.flow.component.html.Anchor("assessment/" + p.id(), p.title()),
                    new com.vaadin.flow.component.html.Span(" — " + RecommendationBadge.label(p.recommendation())
                    + ", " + Money.format(p.riskAdjustedNpv(), p.currency()) + " risk-adjusted, residual risk "
                    + String.format(Locale.ROOT, "%.1f", p.residualRisk())
                    + (ValueRiskChart.outOfFundZone(p) ? " (high-risk or level III–IV: never in the fund zone)" : "")));
            item.getStyle().set("--point-colour", hex(p.recommendation()));
            list.add(item);
        }
        return list;
    }

    private static String hex(Recommendation r) {
        var c = ValueRiskChart.COLOURS.get(r);
        return String.format("#%06x", c.getRGB() & 0xffffff);
    }

    private void showHeadline(Headline h) {
        headline.removeAll();
        headline.add(card("Projects", Long.toString(h.count()), counts(h.byStatus(), AssessmentStatus::label), "headline-count"));
        headline.add(card("Recommendations", Long.toString(h.byRecommendation().values().stream().mapToLong(Long::longValue).sum()) + " scored",
                counts(h.byRecommendation(), r -> RecommendationBadge.label(r)), "headline-recommendations"));
        headline.add(card("Approved, risk-adjusted NPV", sums(h.approvedRiskAdjustedNpv()), "of approved projects (with or without conditions)",
                "headline-approved"));
        headline.add(card("Total build cost", sums(h.buildCost()), "of every project in this view", "headline-cost"));
        headline.add(card("Tracked: realised vs forecast", sums(h.trackedActualNetCash()) + " vs " + sums(h.trackedForecastNetCash()),
                h.tracked() + " approved " + (h.tracked() == 1 ? "project" : "projects") + " reporting; cumulative net cash to each one's latest month",
                "headline-tracked"));
        headline.add(card("Need conditions", Long.toString(h.needingConditions()), "go with conditions or approved with conditions",
                "headline-conditions"));
    }

    private static <K extends Enum<K>> String counts(Map<K, Long> counts, Function<K, String> label) {
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> label.apply(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    private static String sums(Map<String, Double> sums) {
        if (sums.isEmpty()) {
            return "—";
        }
        var parts = new ArrayList<String>();
        sums.forEach((c, v) -> parts.add(Money.format(v, c)));
        return String.join(" + ", parts);
    }

    private static Div card(String title, String figure, String detail, String id) {
        var t = new Span(title);
        t.addClassName("headline-title");
        var f = new Span(figure);
        f.addClassName("headline-figure");
        var d = new Span(detail);
        d.addClassName("headline-detail");
        var card = new Div(t, f, d);
        card.setId(id);
        card.addClassName("headline-card");
        return card;
    }

    private void computeFrontier() {
        if (budget.getValue() == null) {
            budget.setInvalid(true);
            budget.setErrorMessage("Enter the build budget");
            return;
        }
        if (currency.getValue() == null) {
            frontierSummary.setText("No project in this view has a currency to budget in.");
            return;
        }
        try {
            frontier = portfolio.frontier(filter(), budget.getValue(), currency.getValue());
        } catch (InvalidPortfolioRequestException e) {
            budget.setInvalid(true);
            budget.setErrorMessage(e.reason());
            return;
        }
        budget.setInvalid(false);
        var items = frontier.chosen().stream().map(BudgetFrontier.Item::ref).toList();
        var c = currency.getValue();
        frontierSummary.setText(items.isEmpty()
                ? "No fundable project fits in " + Money.format(frontier.budget(), c) + "."
                : items.size() + (items.size() == 1 ? " project" : " projects") + " for " + Money.format(frontier.totalCost(), c)
                  + " of " + Money.format(frontier.budget(), c) + ", giving " + Money.format(frontier.totalValue(), c)
                  + " of risk-adjusted NPV" + (frontier.exact() ? "." : " (approximate: costs rounded up to steps of "
                  + Money.format((double) frontier.resolution(), c) + ")."));
        frontierGrid.setItems(items);
        frontierGrid.setVisible(!items.isEmpty());
        var chosen = frontier;
        frontierExport.setHref(download(() -> portfolio.workbook(chosen), portfolio.fileName().replace("portfolio", "budget-frontier")));
        frontierExport.setVisible(!items.isEmpty());
    }
}
