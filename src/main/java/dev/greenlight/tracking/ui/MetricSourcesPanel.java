package dev.greenlight.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.KillRuleWords;
import dev.greenlight.tracking.MetricFeedService;
import dev.greenlight.tracking.MetricSourceRecord;
import dev.greenlight.tracking.MetricSourceRequest;
import dev.greenlight.tracking.NotTrackedException;
import dev.greenlight.tracking.TrackingReport;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Tracking section's metric feed (PRODUCT.md §10.1), for the author and admins: a PromQL query per observed model
 * input, what each query's last run found (the value and when, or the error and when), "Save queries" and "Fetch now".
 * The service checks who may, and checks again.
 */
class MetricSourcesPanel extends Composite<Div> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final MetricFeedService feed;
    private final TrackingReport report;
    private final Runnable changed;
    /** One query field per observable input, keyed "line/input". */
    final Map<String, TextField> queries = new LinkedHashMap<>();
    final Button save = new Button("Save queries");
    final Button fetch = new Button("Fetch now");

    MetricSourcesPanel(TrackingReport report, MetricFeedService feed, Runnable changed) {
        this.feed = feed;
        this.report = report;
        this.changed = changed;
        var root = getContent();
        root.setId("metric-sources");
        root.addClassName("metric-sources");
        root.add(new H4("Metric feed from Prometheus"));
        root.add(new Paragraph(feed.configured()
                ? "Each query runs daily and on “Fetch now”, and fills this month's observed value; a value a person typed this month stays."
                : "No Prometheus is configured (greenlight.prometheus.url), so nothing is fetched; the queries are kept for when one is."));
        var known = new LinkedHashMap<String, MetricSourceRecord>();
        feed.sources(report.assessmentId()).forEach(s -> known.put(s.line() + "/" + s.input(), s));
        boolean severalLines = report.observableInputs().stream().map(TrackingReport.ObservableInput::line).distinct().count() > 1;
        for (var input : report.observableInputs()) {
            var key = input.line() + "/" + input.input();
            var field = new TextField("PromQL for " + input.label() + (severalLines ? " (" + input.lineName() + ")" : ""));
            field.setId("metric-query-" + input.line() + "-" + input.input());
            field.setWidthFull();
            field.setPlaceholder("e.g. avg(model_" + input.input() + "{model=\"…\"})");
            var source = known.get(key);
            if (source != null) {
                field.setValue(source.query());
                if (source.error() != null) {
                    field.setInvalid(true);
                    field.setErrorMessage("Failed " + WHEN.format(source.errorAt()) + ": " + source.error() + " (tried again on the next run)");
                }
                if (source.lastFetchedAt() != null) {
                    field.setHelperText("Last value " + KillRuleWords.number(source.lastValue()) + ", fetched " + WHEN.format(source.lastFetchedAt()));
                }
            }
            queries.put(key, field);
            root.add(field);
        }
        save.setId("metric-save");
        save.addClickListener(e -> save());
        fetch.setId("metric-fetch");
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.setEnabled(feed.configured() && !known.isEmpty());
        fetch.addClickListener(e -> fetch());
        root.add(new Div(save, fetch));
    }

    private void save() {
        var requests = new ArrayList<MetricSourceRequest>();
        queries.forEach((key, field) -> {
            if (!field.getValue().isBlank()) {
                var parts = key.split("/", 2);
                requests.add(new MetricSourceRequest(Integer.parseInt(parts[0]), parts[1], field.getValue()));
            }
        });
        try {
            feed.replace(report.assessmentId(), requests);
            Notification.show("Queries saved", 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (InvalidAssessmentException | AccessDeniedException | NotTrackedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void fetch() {
        try {
            var run = feed.fetchNow(report.assessmentId());
            var words = run.written() + (run.written() == 1 ? " value" : " values") + " written"
                    + (run.keptForPerson().isEmpty() ? "" : ", " + run.keptForPerson().size() + " left as a person typed them")
                    + (run.errors().isEmpty() ? "" : ", " + run.errors().size() + (run.errors().size() == 1 ? " query" : " queries") + " failed");
            Notification.show(words, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(run.errors().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            changed.run();
        } catch (AccessDeniedException | NotTrackedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
