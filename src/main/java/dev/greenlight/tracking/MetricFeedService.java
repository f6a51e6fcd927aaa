package dev.greenlight.tracking;

import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The metric feed from Prometheus (PRODUCT.md §10.1): per tracked assessment a PromQL query per observed model input,
 * kept by its author or an admin; a run queries each and writes the values into this month's check-in through
 * {@link TrackingService#feed} (as the system, never over a value a person gave), which judges the kill rules again.
 * A failing query is kept with its time and message for the Tracking section and tried again on the next run; it never
 * stops the other queries or the other assessments. Without {@code greenlight.prometheus.url} nothing is fetched.
 */
@Service
public class MetricFeedService {

    static final int MAX_SOURCES = 20;
    private static final Logger log = LoggerFactory.getLogger(MetricFeedService.class);

    private final TrackingService tracking;
    private final MetricSourceRepository sources;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String prometheusUrl;

    MetricFeedService(TrackingService tracking, MetricSourceRepository sources, CurrentUser currentUser,
                      PlatformTransactionManager transactions, Clock clock,
                      @Value("${greenlight.prometheus.url:}") String prometheusUrl) {
        this.tracking = tracking;
        this.sources = sources;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.prometheusUrl = prometheusUrl == null ? "" : prometheusUrl.strip();
    }

    /** What one run did for one assessment: the values written, the inputs a person's value kept, the errors. */
    public record FeedRun(long assessmentId, int written, List<String> keptForPerson, List<String> errors) {
    }

    /** The queries of a tracked assessment and what their last run found (its author or an admin). */
    @PreAuthorize("isAuthenticated()")
    public List<MetricSourceRecord> sources(long id) {
        requireAuthorOrAdmin(id);
        return transaction.execute(s -> sources.findByAssessmentIdOrderByLineAscInputAsc(id).stream().map(MetricSource::toRecord).toList());
    }

    /**
     * Replaces the queries of a tracked assessment (its author or an admin, while approved): each names a derived line,
     * one of its observable inputs and a PromQL query; refusals name the field ({@code [0].input}); nothing is stored half.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MetricSourceRecord> replace(long id, List<MetricSourceRequest> requested) {
        var report = requireAuthorOrAdmin(id);
        if (!tracking.mayPost(report)) {
            throw new NotTrackedException("Assessment " + id + " is " + report.assessmentStatus().label()
                    + ": metric sources are kept only while it is approved");
        }
        var valid = validate(requested == null ? List.of() : requested, report.observableInputs());
        return transaction.execute(s -> {
            sources.deleteByAssessmentId(id);
            sources.flush();
            valid.forEach(v -> sources.save(new MetricSource(id, v.line(), v.input(), v.query().strip())));
            return sources.findByAssessmentIdOrderByLineAscInputAsc(id).stream().map(MetricSource::toRecord).toList();
        });
    }

    /** "Fetch now": one run for this assessment (its author or an admin). */
    @PreAuthorize("isAuthenticated()")
    public FeedRun fetchNow(long id) {
        var report = requireAuthorOrAdmin(id);
        if (prometheusUrl.isEmpty()) {
            throw new NotTrackedException("No Prometheus is configured: set greenlight.prometheus.url to fetch metrics");
        }
        if (!tracking.mayPost(report)) {
            throw new NotTrackedException("Assessment " + id + " is " + report.assessmentStatus().label()
                    + ": monitoring feeds only an approved project");
        }
        return SystemCaller.call(() -> run(id));
    }

    /** Whether a Prometheus is configured, so the page can say why nothing is fetched. */
    public boolean configured() {
        return !prometheusUrl.isEmpty();
    }

    /** The scheduled run over every assessment with queries, as the system; one assessment's failure stops no other. */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public List<FeedRun> runAll() {
        if (prometheusUrl.isEmpty()) {
            return List.of();
        }
        var runs = new ArrayList<FeedRun>();
        for (long id : transaction.execute(s -> sources.assessmentsWithSources())) {
            try {
                runs.add(run(id));
            } catch (RuntimeException e) {
                log.warn("Metric feed for assessment {} failed: {}", id, e.getMessage());
                runs.add(new FeedRun(id, 0, List.of(), List.of(String.valueOf(e.getMessage()))));
            }
        }
        return runs;
    }

    private FeedRun run(long id) {
        var client = new PrometheusClient(prometheusUrl);
        var report = tracking.report(id);
        if (!tracking.mayPost(report)) {
            return new FeedRun(id, 0, List.of(), List.of());
        }
        var queries = transaction.execute(s -> sources.findByAssessmentIdOrderByLineAscInputAsc(id).stream()
                .map(m -> new Query(m.key(), m.query())).toList());
        var values = new LinkedHashMap<String, Double>();
        var failures = new LinkedHashMap<String, String>();
        // the network outside any transaction: a slow Prometheus holds no database connection
        for (var q : queries) {
            try {
                double value = client.query(q.promql());
                var input = report.observableInputs().stream().filter(o -> q.key().equals(o.line() + "/" + o.input())).findFirst();
                if (input.isEmpty()) {
                    failures.put(q.key(), "line " + q.key().replace("/", " has no observable input "));
                } else if (!allows(input.get().input(), value)) {
                    failures.put(q.key(), "the value " + value + " is outside " + input.get().label() + "'s allowed values "
                            + input.get().interval());
                } else {
                    values.put(q.key(), value);
                }
            } catch (PrometheusClient.FeedException e) {
                failures.put(q.key(), e.getMessage());
            }
        }
        var now = Instant.now(clock);
        List<String> kept = values.isEmpty() ? List.of() : tracking.feed(id, values);
        transaction.executeWithoutResult(s -> sources.findByAssessmentIdOrderByLineAscInputAsc(id).forEach(m -> {
            if (values.containsKey(m.key())) {
                m.fetched(values.get(m.key()), now);
            } else if (failures.containsKey(m.key())) {
                m.failed(failures.get(m.key()), now);
            }
        }));
        return new FeedRun(id, values.size() - kept.size(), kept, failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    }

    /** Whether {@code value} is in the range of the input with this key (§6.1). */
    private static boolean allows(String key, double value) {
        return java.util.Arrays.stream(dev.greenlight.scoring.ModelInput.values()).filter(m -> m.key().equals(key))
                .anyMatch(m -> m.allows(value));
    }

    private record Query(String key, String promql) {
    }

    private TrackingReport requireAuthorOrAdmin(long id) {
        var report = tracking.report(id);
        if (!report.owner().equals(currentUser.require()) && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only the author (" + report.owner() + ") or an admin keeps the metric sources of assessment " + id);
        }
        return report;
    }

    private static List<MetricSourceRequest> validate(List<MetricSourceRequest> requested, List<TrackingReport.ObservableInput> observable) {
        var errors = new ArrayList<FieldError>();
        if (requested.size() > MAX_SOURCES) {
            throw new InvalidAssessmentException(List.of(new FieldError("$", "at most " + MAX_SOURCES + " metric sources, was " + requested.size())));
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < requested.size(); i++) {
            var at = "[" + i + "]";
            var r = requested.get(i);
            if (r == null) {
                errors.add(new FieldError(at, "must be {\"line\", \"input\", \"query\"}, not null"));
                continue;
            }
            if (r.line() == null) {
                errors.add(new FieldError(at + ".line", "is required: the index of a derived line in financials.annualBenefits"));
            } else if (observable.stream().noneMatch(o -> o.line() == r.line())) {
                errors.add(new FieldError(at + ".line", "benefit line " + r.line() + " is not a derived line of the approved version"
                        + (observable.isEmpty() ? " (it has none)" : ": derived lines are " + observable.stream()
                        .map(o -> Integer.toString(o.line())).distinct().toList())));
            } else if (r.input() == null || observable.stream().noneMatch(o -> o.line() == r.line() && o.input().equals(r.input()))) {
                errors.add(new FieldError(at + ".input", (r.input() == null ? "is required" : "line " + r.line() + " has no observable input \""
                        + r.input() + "\"") + ": it has " + String.join(", ", observable.stream().filter(o -> o.line() == r.line())
                        .map(TrackingReport.ObservableInput::input).toList())));
            } else if (!seen.add(r.line() + "/" + r.input())) {
                errors.add(new FieldError(at + ".input", "line " + r.line() + " " + r.input() + " already has a query"));
            }
            if (r.query() == null || r.query().isBlank()) {
                errors.add(new FieldError(at + ".query", "is required: a PromQL instant query that returns one sample"));
            } else if (r.query().strip().length() > MetricSource.QUERY_MAX) {
                errors.add(new FieldError(at + ".query", "must be at most " + MetricSource.QUERY_MAX + " characters, was " + r.query().strip().length()));
            } else if (AssessmentValidator.plainText(at + ".query", r.query()) != null) {
                errors.add(AssessmentValidator.plainText(at + ".query", r.query()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
        return requested;
    }
}
