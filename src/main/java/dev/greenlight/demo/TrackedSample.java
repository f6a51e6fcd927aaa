package dev.greenlight.demo;

import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.Role;
import dev.greenlight.tracking.CheckInRequest;
import dev.greenlight.tracking.TrackingService;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The sample that shows tracking after approval on first start: the invoice extraction project, given the kill rules
 * its kill criteria describe, submitted and approved three months before the start, with a check-in for each of those
 * months (build spend front to back, the first savings, F1 climbing past the 0.92 it must hold). The current month is
 * left for the demo user to report. Everything goes through the services, as the engineer and the product manager.
 */
final class TrackedSample {

    static final String TITLE = "Invoice data extraction";
    static final int MONTHS_BACK = 3;
    static final String PRODUCT_MANAGER = "pm";

    /** build spend, run cost, realised benefit, KPI (cost per invoice), model metric (F1), note — months 1 to 3. */
    private static final List<CheckInRequest> MONTHS = List.of(
            new CheckInRequest(null, 14_000.0, 0.0, 0.0, 4.1, 0.90, "Shadow mode beside the clerks"),
            new CheckInRequest(null, 15_000.0, 1_500.0, 2_500.0, 3.8, 0.925, "Live for the first supplier group"),
            new CheckInRequest(null, 13_000.0, 2_000.0, 4_500.0, 3.6, 0.93, "Touchless rate 31 %"));

    private final AssessmentService assessments;
    private final ReviewService reviews;
    private final TrackingService tracking;
    private final DemoClock clock;

    TrackedSample(AssessmentService assessments, ReviewService reviews, TrackingService tracking, DemoClock clock) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Runs as the engineer (the loader's user); approves as the product manager; puts the clock back when done. */
    void play(AssessmentDocument document) {
        var first = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(MONTHS_BACK);
        try {
            clock.setTo(first.atDay(3).atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC));
            var m = document.successMetric();
            var withRules = new AssessmentDocument(document.schemaVersion(), document.title(), document.summary(), document.team(),
                    document.problem(), new AssessmentDocument.SuccessMetric(m.kpiType(), m.kpiName(), m.unit(), m.baseline(),
                    m.target(), m.monthsToImpact(), m.modelMetric(), m.modelBaseline(), m.modelTarget(), m.measurementMethod(),
                    m.guardrails(), m.killCriteria(), List.of(new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.92, 3),
                    new KillRule(KillMeasure.CUMULATIVE_NET_CASH, KillOperator.BELOW, -200_000.0, 1))),
                    document.financials(), document.ethics());
            var created = assessments.create(withRules);
            var submitted = reviews.submit(created.id(), created.version());
            as(PRODUCT_MANAGER, Role.PRODUCT_MANAGER, () -> reviews.decide(submitted.id(), new DecisionRequest(DecisionType.APPROVE,
                    submitted.latestVersion(), List.of(), "Shadow-mode results first; tracked monthly against the kill rules")));
            for (int k = 0; k < MONTHS.size(); k++) {
                var month = first.plusMonths(k);
                clock.setTo(month.atEndOfMonth().atTime(LocalTime.of(17, 0)).toInstant(ZoneOffset.UTC));
                var figures = MONTHS.get(k);
                tracking.post(submitted.id(), new CheckInRequest(month.toString(), figures.buildSpend(), figures.runCost(),
                        figures.realisedBenefit(), figures.kpiValue(), figures.modelMetricValue(), figures.note()));
            }
        } finally {
            clock.resume();
        }
    }

    static <T> T as(String user, Role role, Supplier<T> body) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role.authority())))));
        try {
            return body.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
