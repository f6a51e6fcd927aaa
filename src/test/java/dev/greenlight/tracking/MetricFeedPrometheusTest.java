package dev.greenlight.tracking;

import static dev.greenlight.RunAs.admin;
import static dev.greenlight.RunAs.engineer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The metric feed against a real Prometheus (PRODUCT.md §10.1): a model's recall is pushed to the Pushgateway,
 * Prometheus scrapes it, and the daily job (through its ShedLock) writes it into this month's check-in as the system,
 * which re-forecasts the NPV and fires the money kill rule. A value a person typed stays; a failing query is kept with
 * its message and stops neither the other queries nor the other assessments.
 */
@ServiceTest
class MetricFeedPrometheusTest {

    private static RealPrometheus prometheus;

    @BeforeAll
    static void startPrometheus() throws Exception {
        prometheus = RealPrometheus.start();
    }

    @AfterAll
    static void stopPrometheus() {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @DynamicPropertySource
    static void prometheusUrl(DynamicPropertyRegistry registry) {
        registry.add("greenlight.prometheus.url", () -> prometheus.url());
    }

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    TrackingService tracking;
    @Autowired
    MetricFeedService feed;
    @Autowired
    MetricFeedJob job;
    @Autowired
    AuditLog audit;
    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    private long approved(String title, KillRule... rules) {
        return TrackedProjects.approved(assessments, reviews, TrackedProjects.detectionCase(title, List.of(rules)));
    }

    private static List<MetricSourceRequest> recallAndPrecision(String job) {
        return List.of(new MetricSourceRequest(0, "recall", "fraud_model_recall{job=\"" + job + "\"}"),
                new MetricSourceRequest(0, "precision", "fraud_model_precision{job=\"" + job + "\"}"));
    }

    @Test
    void the_daily_job_records_the_scraped_recall_as_the_system_and_the_money_rule_fires() throws Exception {
        long id = approved("Scraped fraud model", new KillRule(KillMeasure.REFORECAST_NPV, KillOperator.BELOW, 100_000.0, 1));
        engineer(() -> feed.replace(id, recallAndPrecision("drifting")));
        prometheus.push("drifting", "fraud_model_recall 0.2\nfraud_model_precision 0.5");
        prometheus.awaitSample("fraud_model_recall{job=\"drifting\"}", "0.2");
        prometheus.awaitSample("fraud_model_precision{job=\"drifting\"}", "0.5");

        job.daily();

        var report = engineer(() -> tracking.report(id));
        assertThat(report.checkIns()).singleElement().satisfies(c -> {
            assertThat(c.month()).isEqualTo(tracking.thisMonth().toString());
            assertThat(c.observed()).containsExactly(new ObservedValues(0, 0.2, 0.5, null, null, null));
            assertThat(c.postedBy()).isEqualTo("system");
        });
        assertThat(report.reforecast().basis()).contains(new TrackingReport.Basis(0, "recall", 0.8, 0.2));
        assertThat(report.status()).isEqualTo(TrackingStatus.KILL_CRITERION_MET);
        assertThat(report.reReview().reason()).startsWith("at the observed recall 0.20 (approved at 0.80) and precision 0.50");
        var trail = admin(() -> audit.forAssessment(id));
        assertThat(trail).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.CHECKED_IN);
            assertThat(a.actor()).isEqualTo("system");
        });
        assertThat(trail).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.KILL_RULE_MET);
            assertThat(a.actor()).isEqualTo("system");
        });
        assertThat(engineer(() -> feed.sources(id))).allSatisfy(s -> {
            assertThat(s.lastFetchedAt()).isNotNull();
            assertThat(s.error()).isNull();
        });

        // a second instance firing the same schedule finds ShedLock's row taken and runs nothing
        prometheus.push("drifting", "fraud_model_recall 0.3\nfraud_model_precision 0.5");
        prometheus.awaitSample("fraud_model_recall{job=\"drifting\"}", "0.3");
        job.daily();
        assertThat(engineer(() -> tracking.checkIns(id)).getFirst().observed()).containsExactly(new ObservedValues(0, 0.2, 0.5, null, null, null));
        engineer(() -> feed.fetchNow(id));
        assertThat(engineer(() -> tracking.checkIns(id)).getFirst().observed()).containsExactly(new ObservedValues(0, 0.3, 0.5, null, null, null));
    }

    @Test
    void a_value_a_person_typed_this_month_is_never_overwritten() throws Exception {
        long id = approved("Typed fraud model");
        engineer(() -> feed.replace(id, recallAndPrecision("typed")));
        var month = tracking.thisMonth().toString();
        engineer(() -> tracking.post(id, new CheckInRequest(month, 1_000.0, null, null, null, null,
                List.of(new ObservedValues(0, null, 0.45, null, null, null)), "precision from the weekly review")));
        prometheus.push("typed", "fraud_model_recall 0.71\nfraud_model_precision 0.9");
        prometheus.awaitSample("fraud_model_precision{job=\"typed\"}", "0.9");

        var run = engineer(() -> feed.fetchNow(id));

        assertThat(run.written()).isEqualTo(1);
        assertThat(run.keptForPerson()).containsExactly("0/precision");
        var checkIn = engineer(() -> tracking.checkIns(id)).getFirst();
        assertThat(checkIn.observed()).containsExactly(new ObservedValues(0, 0.71, 0.45, null, null, null));
        assertThat(checkIn.buildSpend()).isEqualTo(1_000.0);
        assertThat(checkIn.postedBy()).isEqualTo("engineer");
    }

    @Test
    void failing_queries_are_kept_with_their_message_and_stop_nothing_else() throws Exception {
        long id = approved("Failing fraud model");
        engineer(() -> feed.replace(id, List.of(new MetricSourceRequest(0, "recall", "fraud_model_recall"),
                new MetricSourceRequest(0, "precision", "rate(fraud_model_precision["))));
        long other = approved("Healthy fraud model");
        engineer(() -> feed.replace(other, List.of(new MetricSourceRequest(0, "recall", "fraud_model_recall{job=\"healthy\"}"),
                new MetricSourceRequest(0, "precision", "fraud_model_precision{job=\"out-of-range\"}"))));
        prometheus.push("healthy", "fraud_model_recall 0.66");
        prometheus.push("second-model", "fraud_model_recall 0.5");
        prometheus.awaitSample("fraud_model_recall{job=\"second-model\"}", "0.5");
        prometheus.push("out-of-range", "fraud_model_precision 1.5");
        prometheus.awaitSample("fraud_model_recall{job=\"healthy\"}", "0.66");
        prometheus.awaitSample("fraud_model_precision{job=\"out-of-range\"}", "1.5");

        var runs = admin(() -> feed.runAll());

        assertThat(runs).extracting(MetricFeedService.FeedRun::assessmentId).contains(id, other);
        var failing = engineer(() -> feed.sources(id));
        assertThat(failing).filteredOn(s -> s.input().equals("recall")).singleElement()
                .satisfies(s -> assertThat(s.error()).contains("samples, it must return one"))
                .satisfies(s -> assertThat(s.errorAt()).isNotNull());
        assertThat(failing).filteredOn(s -> s.input().equals("precision")).singleElement()
                .satisfies(s -> assertThat(s.error()).contains("Prometheus refused the query", "bad_data"));
        var healthy = engineer(() -> feed.sources(other));
        assertThat(healthy).filteredOn(s -> s.input().equals("recall")).singleElement()
                .satisfies(s -> assertThat(s.lastValue()).isEqualTo(0.66));
        assertThat(healthy).filteredOn(s -> s.input().equals("precision")).singleElement()
                .satisfies(s -> assertThat(s.error()).contains("1.5", "(0, 1]"));
        assertThat(engineer(() -> tracking.checkIns(other)).getFirst().observed())
                .containsExactly(new ObservedValues(0, 0.66, null, null, null, null));
        assertThat(engineer(() -> tracking.checkIns(id))).isEmpty();
    }

    @Test
    void queries_are_kept_by_the_author_or_an_admin_and_refusals_name_the_field() {
        long id = approved("Guarded fraud model");
        assertThatThrownBy(() -> dev.greenlight.RunAs.pm(() -> feed.replace(id, recallAndPrecision("x")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dev.greenlight.RunAs.pm(() -> feed.sources(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> engineer(() -> feed.replace(id, List.of(new MetricSourceRequest(0, "errorRate", "x"),
                new MetricSourceRequest(1, "recall", "y"), new MetricSourceRequest(0, "recall", " ")))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                        .extracting(dev.greenlight.document.FieldError::path).containsExactly("[0].input", "[1].line", "[2].query"));
        assertThat(admin(() -> feed.replace(id, recallAndPrecision("admin")))).hasSize(2);
        assertThat(engineer(() -> feed.sources(id))).extracting(MetricSourceRecord::query)
                .containsExactly("fraud_model_precision{job=\"admin\"}", "fraud_model_recall{job=\"admin\"}");
    }

    @Test
    void an_unreachable_prometheus_is_an_error_in_words() {
        var client = new PrometheusClient("http://127.0.0.1:1");
        assertThatThrownBy(() -> client.query("up")).isInstanceOf(PrometheusClient.FeedException.class)
                .hasMessageContaining("is unreachable");
    }
}
