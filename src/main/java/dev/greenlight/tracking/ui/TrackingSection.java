package dev.greenlight.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.base.ui.Money;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.KillRuleWords;
import dev.greenlight.security.UserDirectory;
import dev.greenlight.tracking.CheckInRecord;
import dev.greenlight.tracking.MetricFeedService;
import dev.greenlight.tracking.CheckInRequest;
import dev.greenlight.tracking.NotTrackedException;
import dev.greenlight.tracking.ReReviewDecision;
import dev.greenlight.tracking.ReReviewRequest;
import dev.greenlight.tracking.TrackingReport;
import dev.greenlight.tracking.TrackingService;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Tracking part of an approved assessment's page (PRODUCT.md §7): status, actual vs forecast and variance, the
 * latest KPI and model metric, each kill rule's state, an open re-review (with the decision for a product manager who
 * may take it), the check-in form for the author and admins, the months reported and the chart. No rules here: the
 * service says who may do what, and checks again.
 */
class TrackingSection extends Composite<Div> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final TrackingService tracking;
    private final Runnable changed;
    CheckInForm form;
    final RadioButtonGroup<ReReviewDecision> decision = new RadioButtonGroup<>("Re-review decision");
    final TextArea rationale = new TextArea("Rationale");

    MetricSourcesPanel metricSources;

    TrackingSection(TrackingReport report, TrackingService tracking, MetricFeedService feed, UserDirectory names, Runnable changed) {
        this.tracking = tracking;
        this.changed = changed;
        var root = getContent();
        root.setId("tracking");
        root.addClassNames("review-block", "tracking-block");
        var status = new Span(report.status().label());
        status.setId("tracking-status");
        status.addClassNames("badge", "tracking-" + report.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var heading = new H3("Tracking ");
        heading.add(status);
        root.add(heading, figures(report));
        if (!report.killRules().isEmpty()) {
            root.add(rules(report));
        }
        if (report.reReview() != null) {
            root.add(reReview(report));
        }
        report.decisions().forEach(d -> root.add(new Paragraph("Re-review " + DAY.format(d.decidedAt()) + " by " + names.displayName(d.decidedBy())
                + ": " + (d.decision() == ReReviewDecision.STOP ? "stopped" : "continued") + " (" + d.reason() + ")"
                + (d.rationale() == null ? "" : " — " + d.rationale()))));
        if (tracking.mayPost(report)) {
            form = new CheckInForm(YearMonth.parse(report.approvalMonth()), tracking.thisMonth(), report.currency(),
                    report.kpi().name(), report.modelMetric().name(), report.observableInputs(), request -> post(report, request));
            root.add(new Paragraph("Report a month (posting a month again replaces it):"), form);
            if (!report.observableInputs().isEmpty()) {
                metricSources = new MetricSourcesPanel(report, feed, changed);
                root.add(metricSources);
            }
        }
        if (!report.checkIns().isEmpty()) {
            root.add(table(report, names));
        }
        root.add(TrackingChart.of(report));
        if (report.checkIns().stream().anyMatch(c -> !c.observed().isEmpty())) {
            root.add(ObservedChart.of(report));
        }
    }

    private Div figures(TrackingReport r) {
        var box = new Div();
        box.addClassName("tracking-figures");
        var c = r.currency();
        box.add(new Paragraph("Month 1 is " + r.approvalMonth() + ", when version " + r.approvedVersion() + " was approved. "
                + (r.monthsReported() == 0 ? "No month reported yet."
                : r.monthsReported() + (r.monthsReported() == 1 ? " month" : " months") + " reported, the latest " + r.lastMonth()
                + " (month " + r.lastMonthNumber() + ").")));
        if (r.monthsReported() > 0) {
            var money = new Paragraph("Cumulative net cash: actual " + Money.format(r.actualNetCash(), c) + " vs forecast "
                    + Money.format(r.forecastNetCash(), c) + "; variance " + Money.format(r.variance(), c)
                    + " (behind below " + Money.format(r.behindBelow(), c) + ", 10 % of the forecast build cost).");
            money.setId("tracking-variance");
            box.add(money);
        }
        box.add(new Paragraph(metric("KPI", r.kpi()) + " · " + metric("Model metric", r.modelMetric())));
        var f = r.reforecast();
        if (f != null) {
            var drift = new Paragraph("Drift in money (" + f.month() + ", month " + f.monthNumber() + "): "
                    + Character.toUpperCase(f.words().charAt(0)) + f.words().substring(1) + ". Re-forecast NPV " + Money.format(f.npv(), c)
                    + " (approved " + Money.format(f.approvedNpv(), c) + ", change " + Money.format(f.change(), c) + "); the derived lines "
                    + "bring " + Money.format(f.annualBenefit(), c) + " a year at full adoption instead of "
                    + Money.format(f.approvedAnnualBenefit(), c) + ": " + (f.monthlyValueAtRisk() >= 0
                    ? Money.format(f.monthlyValueAtRisk(), c) + " a month at risk."
                    : Money.format(-f.monthlyValueAtRisk(), c) + " a month more than approved."));
            drift.setId("tracking-reforecast");
            box.add(drift);
        }
        return box;
    }

    private static String metric(String label, TrackingReport.Metric m) {
        return label + (m.name() == null ? "" : " (" + m.name() + ")") + ": latest " + word(m.latest())
                + (m.latestMonth() == null ? "" : " in " + m.latestMonth()) + ", baseline " + word(m.baseline()) + ", target "
                + word(m.target());
    }

    /** "line 0: recall 0.71, precision 0.38" */
    private static String observed(dev.greenlight.tracking.ObservedValues values) {
        return "line " + values.line() + ": " + values.inputs().entrySet().stream()
                .map(e -> e.getKey() + " " + KillRuleWords.number(e.getValue())).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String word(Double value) {
        return value == null ? "—" : KillRuleWords.number(value);
    }

    private static UnorderedList rules(TrackingReport r) {
        var list = new UnorderedList();
        list.setId("tracking-rules");
        for (var rule : r.killRules()) {
            var item = new ListItem(rule.verdict());
            if (rule.state() == TrackingReport.RuleOutcome.MET) {
                item.addClassName("rule-met");
            }
            list.add(item);
        }
        return list;
    }

    private Div reReview(TrackingReport r) {
        var box = new Div();
        box.setId("tracking-re-review");
        box.addClassName("decision-form");
        box.add(new Paragraph("Re-review since " + DAY.format(r.reReview().since()) + ": " + r.reReview().reason()
                + ". A product manager other than the author decides whether the project continues."));
        if (tracking.mayDecide(r)) {
            decision.setItems(ReReviewDecision.values());
            decision.setItemLabelGenerator(d -> d == ReReviewDecision.CONTINUE ? "Continue (say why)" : "Stop the project");
            decision.setId("re-review-decision");
            rationale.setId("re-review-rationale");
            rationale.setWidthFull();
            var decide = new Button("Record decision", e -> decide(r));
            decide.setId("re-review-submit");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(decision, rationale, decide);
        }
        return box;
    }

    private Grid<CheckInRecord> table(TrackingReport r, UserDirectory names) {
        var grid = new Grid<CheckInRecord>();
        grid.setId("tracking-months");
        var c = r.currency() == null ? "" : " (" + r.currency() + ")";
        grid.addColumn(CheckInRecord::month).setHeader("Month");
        grid.addColumn(CheckInRecord::monthNumber).setHeader("#");
        money(grid, "Build" + c, CheckInRecord::buildSpend);
        money(grid, "Run" + c, CheckInRecord::runCost);
        money(grid, "Benefit" + c, CheckInRecord::realisedBenefit);
        money(grid, "Net" + c, CheckInRecord::netCash);
        money(grid, "Actual to date", x -> r.months().get(x.monthNumber() - 1).actualCumulative());
        money(grid, "Forecast to date", x -> r.months().get(x.monthNumber() - 1).forecastCumulative());
        grid.addColumn(x -> word(x.kpiValue())).setHeader("KPI").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(x -> word(x.modelMetricValue())).setHeader("Model metric").setTextAlign(ColumnTextAlign.END);
        if (r.checkIns().stream().anyMatch(x -> !x.observed().isEmpty())) {
            grid.addColumn(x -> x.observed().stream().map(TrackingSection::observed).collect(java.util.stream.Collectors.joining("; ")))
                    .setHeader("Observed");
        }
        grid.addColumn(x -> x.note() == null ? "" : x.note()).setHeader("Note");
        grid.addColumn(x -> names.displayName(x.postedBy())).setHeader("Posted by").setKey("postedBy");
        grid.getColumns().forEach(col -> col.setAutoWidth(true).setFlexGrow(0));
        grid.setItems(r.checkIns().reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static void money(Grid<CheckInRecord> grid, String header, java.util.function.Function<CheckInRecord, Double> value) {
        grid.addColumn(x -> Money.format(value.apply(x), null)).setHeader(header).setTextAlign(ColumnTextAlign.END);
    }

    private void post(TrackingReport report, CheckInRequest request) {
        try {
            tracking.post(report.assessmentId(), request);
            Notification.show("Check-in for " + request.month() + " saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (InvalidAssessmentException e) {
            form.show(e.errors());
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException | NotTrackedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void decide(TrackingReport report) {
        try {
            tracking.decide(report.assessmentId(), new ReReviewRequest(decision.getValue(), rationale.getValue()));
            Notification.show(decision.getValue() == ReReviewDecision.STOP ? "Project stopped" : "Project continues", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (InvalidAssessmentException e) {
            e.errors().stream().filter(x -> x.path().equals("rationale")).findFirst().ifPresent(x -> {
                rationale.setErrorMessage(x.message());
                rationale.setInvalid(true);
            });
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException | NotTrackedException | Lifecycle.IllegalTransitionException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
