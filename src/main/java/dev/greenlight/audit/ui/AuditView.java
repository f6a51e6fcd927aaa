package dev.greenlight.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.HashMap;
import dev.greenlight.assessment.AssessmentService;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditFilter;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import dev.greenlight.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;

/** The whole audit trail for administrators, newest first, filtered in the database. Times are UTC. */
@Route("admin/audit")
@PageTitle("Audit trail · Greenlight")
@Menu(order = 12, title = "Audit trail", icon = "vaadin:file-text-o")
@RolesAllowed("ADMIN")
class AuditView extends Main {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    final TextField actor = new TextField("Who");
    final Select<AuditAction> action = new Select<>();
    final IntegerField assessment = new IntegerField("Assessment id");
    final DatePicker from = new DatePicker("From (UTC)");
    final DatePicker to = new DatePicker("To (UTC, inclusive)");
    final Grid<AuditRecord> grid = new Grid<>();

    /** Titles of the assessments on the pages seen so far; an assessment deleted meanwhile keeps its number only. */
    private final Map<Long, String> titles = new HashMap<>();
    private final AssessmentService assessments;

    AuditView(AuditLog audit, AssessmentService assessments, UserDirectory names) {
        this.assessments = assessments;
        addClassNames("page", "list-page");
        actor.setId("audit-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setPlaceholder("User name");
        action.setId("audit-action");
        action.setLabel("What");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? "Anything" : a.label());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Anything");
        assessment.setId("audit-assessment");
        assessment.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        grid.setId("audit");
        grid.addColumn(r -> UTC.format(r.occurredAt())).setHeader("When (UTC)").setKey("occurredAt").setAutoWidth(true);
        grid.addColumn(r -> names.displayName(r.actor())).setHeader("Who").setKey("actor").setAutoWidth(true)
                .setTooltipGenerator(AuditRecord::actor);
        grid.addColumn(r -> r.action().label()).setHeader("What").setKey("action").setAutoWidth(true);
        grid.addColumn(this::assessment).setHeader("Assessment").setKey("assessment").setAutoWidth(true)
                .setTooltipGenerator(this::assessment);
        grid.addColumn(r -> firstLine(r.detail())).setHeader("Detail (click a row for all of it)").setKey("detail").setFlexGrow(4)
                .setTooltipGenerator(AuditRecord::detail);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> {
            var detail = new Div(r.detail() == null ? "" : r.detail());
            detail.addClassName("audit-detail");
            return detail;
        }));
        // toggled on the server, so the row opens the same way for a keyboard, a screen reader and a test
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));
        grid.setItems(query -> {
            var page = audit.search(filter(), PageRequest.of(query.getPage(), query.getPageSize())).getContent();
            var unknown = page.stream().map(AuditRecord::assessmentId).filter(id -> id != null && !titles.containsKey(id))
                    .collect(Collectors.toSet());
            if (!unknown.isEmpty()) {
                titles.putAll(assessments.titles(unknown));
            }
            return page.stream();
        }, query -> (int) audit.search(filter(), PageRequest.of(0, 1)).getTotalElements());
        grid.setSizeFull();
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        assessment.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(actor, action, assessment, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Audit trail"), filters, grid);
    }

    private String assessment(AuditRecord r) {
        if (r.assessmentId() == null) {
            return "";
        }
        var title = titles.get(r.assessmentId());
        return title == null ? "#" + r.assessmentId() : title + " (#" + r.assessmentId() + ")";
    }

    private static String firstLine(String detail) {
        if (detail == null) {
            return "";
        }
        var lines = detail.split("\\R", 2);
        return lines.length > 1 ? lines[0] + " …" : detail;
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue().isBlank() ? null : actor.getValue(), action.getValue(),
                assessment.getValue() == null ? null : assessment.getValue().longValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
