package dev.greenlight.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.greenlight.portfolio.ObligationDue;
import dev.greenlight.portfolio.PortfolioService;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Which approved projects have EU AI Act obligations falling due in the next twelve months (issue 14): read
 * on request, since most visits to the portfolio are about funding, not compliance dates.
 */
class ObligationsDueSection extends Div {

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    ObligationsDueSection(PortfolioService portfolio) {
        setId("obligations-due");
        addClassName("obligations-due");
        var grid = new Grid<ObligationDue>();
        grid.setId("obligations-due-grid");
        grid.addColumn(o -> SPOKEN.format(o.appliesFrom())).setHeader("Applies from").setAutoWidth(true);
        grid.addColumn(ObligationDue::project).setHeader("Project").setFlexGrow(2);
        grid.addColumn(ObligationDue::team).setHeader("Team");
        grid.addColumn(o -> o.article() + ": " + o.obligation()).setHeader("Obligation").setFlexGrow(4);
        grid.addColumn(o -> o.appliesTo().toLowerCase(Locale.ROOT)).setHeader("Binds");
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        var summary = new Paragraph();
        summary.setId("obligations-due-summary");
        var show = new Button("Show obligations due in the next " + PortfolioService.DUE_WITHIN_MONTHS + " months", e -> {
            var due = portfolio.obligationsFallingDue();
            grid.setItems(due);
            grid.setVisible(!due.isEmpty());
            summary.setText(due.isEmpty() ? "No approved project has an EU AI Act obligation starting in the next "
                    + PortfolioService.DUE_WITHIN_MONTHS + " months."
                    : due.size() + (due.size() == 1 ? " obligation" : " obligations") + " of "
                    + due.stream().map(ObligationDue::assessmentId).distinct().count()
                    + " approved projects start to apply in the next " + PortfolioService.DUE_WITHIN_MONTHS + " months.");
        });
        show.setId("show-obligations-due");
        var hint = new Paragraph("Approved projects only, whatever the filters above; dates from the EU AI Act screening "
                + "each project's latest score used.");
        hint.addClassName("hint");
        add(new H3("EU AI Act obligations falling due"), hint, show, summary, grid);
    }
}
