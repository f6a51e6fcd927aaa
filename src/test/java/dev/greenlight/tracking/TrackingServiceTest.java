package dev.greenlight.tracking;

import static dev.greenlight.RunAs.admin;
import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.lead;
import static dev.greenlight.RunAs.pm;
import static dev.greenlight.tracking.TrackedProjects.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.RunAs;
import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.MutableClock;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Tracking at the service, with security on and a hand-moved clock: check-ins, who may post and decide, re-review, audit. */
@ServiceTest
class TrackingServiceTest {

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        @Primary
        MutableClock trackingClock() {
            return new MutableClock(Instant.parse("2027-01-15T10:00:00Z"));
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    TrackingService tracking;
    @Autowired
    AuditLog audit;
    @Autowired
    UserService users;
    @Autowired
    dev.greenlight.portfolio.PortfolioService portfolio;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    /** Approved in the clock's month, then the clock moves {@code monthsLater} months (30 days each, from mid-month). */
    private long approvedNow(String title, int monthsLater, KillRule... rules) {
        long id = TrackedProjects.approved(assessments, reviews, TrackedProjects.threeYearCase(title, List.of(rules)));
        clock.advance(Duration.ofDays(30L * monthsLater));
        return id;
    }

    private String approvalMonth(long id) {
        return engineer(() -> tracking.report(id)).approvalMonth();
    }

    private static String plus(String month, int months) {
        return java.time.YearMonth.parse(month).plusMonths(months).toString();
    }

    private List<AuditRecord> trail(long id, AuditAction action) {
        return admin(() -> audit.forAssessment(id)).stream().filter(a -> a.action() == action).toList();
    }

    @Test
    void an_approved_project_is_tracked_against_the_forecast_of_its_approved_version() {
        long id = approvedNow("Tracked motors", 0);
        var report = engineer(() -> tracking.report(id));
        assertThat(report.status()).isEqualTo(TrackingStatus.NO_DATA);
        assertThat(report.approvedVersion()).isEqualTo(1);
        assertThat(report.forecastBuildCost()).isEqualTo(120_000);
        assertThat(report.months()).hasSize(48);
        assertThat(report.months().get(0).forecastNetCash()).isEqualTo(-10_000);
        assertThat(report.months().get(12).forecastNetCash()).isEqualTo(3_000);
        assertThat(report.months().get(47).forecastCumulative()).isEqualTo(108_000, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(lead(() -> tracking.report(id)).title()).isEqualTo("Tracked motors");
    }

    @Test
    void the_status_follows_the_check_ins_as_months_pass() {
        long id = approvedNow("Status motors", 0);
        var m1 = approvalMonth(id);
        engineer(() -> tracking.post(id, month(m1, 10_000, 0, 0, null, null)));
        assertThat(engineer(() -> tracking.report(id)).status()).isEqualTo(TrackingStatus.ON_TRACK);
        clock.advance(Duration.ofDays(31));
        engineer(() -> tracking.post(id, month(plus(m1, 1), 22_000, 0, 0, null, null)));
        var exactly = engineer(() -> tracking.report(id));
        assertThat(exactly.variance()).isEqualTo(-12_000);
        assertThat(exactly.status()).isEqualTo(TrackingStatus.ON_TRACK);
        engineer(() -> tracking.post(id, month(plus(m1, 1), 22_001, 0, 0, null, null)));
        var behind = engineer(() -> tracking.report(id));
        assertThat(behind.status()).isEqualTo(TrackingStatus.BEHIND);
        assertThat(behind.monthsReported()).isEqualTo(2);
        assertThat(behind.checkIns()).extracting(CheckInRecord::buildSpend).containsExactly(10_000.0, 22_001.0);
    }

    @Test
    void a_check_in_is_refused_with_the_field_named() {
        long id = approvedNow("Validated motors", 2);
        var m1 = approvalMonth(id);
        assertThat(refusal(id, new CheckInRequest(null, null, null, null, null, null, null))).extracting(FieldError::path)
                .containsExactly("month");
        assertThat(refusal(id, month("2027-3", 0, 0, 0, null, null)).getFirst().message()).contains("YYYY-MM");
        assertThat(refusal(id, month("2027-13", 0, 0, 0, null, null)).getFirst().message()).contains("YYYY-MM");
        assertThat(refusal(id, month(plus(m1, -1), 0, 0, 0, null, null)).getFirst().message())
                .isEqualTo(plus(m1, -1) + " is before " + m1 + ", the month of the approval: month 1 is the approval month");
        assertThat(refusal(id, month(plus(m1, 3), 0, 0, 0, null, null)).getFirst().message())
                .isEqualTo(plus(m1, 3) + " is in the future: the latest month that can be reported is " + plus(m1, 2));
        assertThat(refusal(id, month(m1, -1, -2, -0.5, null, null))).extracting(FieldError::path)
                .containsExactly("buildSpend", "runCost", "realisedBenefit");
        assertThat(refusal(id, new CheckInRequest(m1, null, null, null, Double.POSITIVE_INFINITY, null, "x".repeat(2001))))
                .extracting(FieldError::path).containsExactly("kpiValue", "note");
        assertThat(engineer(() -> tracking.checkIns(id))).isEmpty();
        assertThat(engineer(() -> tracking.post(id, month(plus(m1, 2), 0, 0, 0, null, null))).monthNumber()).isEqualTo(3);
    }

    private List<FieldError> refusal(long id, CheckInRequest request) {
        try {
            engineer(() -> tracking.post(id, request));
        } catch (InvalidAssessmentException e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + request);
    }

    @Test
    void only_the_author_and_admins_post_and_only_while_approved() {
        long id = approvedNow("Posted motors", 0);
        var m1 = approvalMonth(id);
        var request = month(m1, 1_000, 0, 0, null, null);
        assertThat(engineer(() -> tracking.post(id, request)).postedBy()).isEqualTo("engineer");
        assertThat(admin(() -> tracking.post(id, request)).postedBy()).isEqualTo("admin");
        assertThatThrownBy(() -> pm(() -> tracking.post(id, request))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only the author (engineer) or an admin");
        assertThatThrownBy(() -> lead(() -> tracking.post(id, request))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.call(TestUsers.OTHER_ENGINEER, new Role[] {Role.ENGINEER}, () -> tracking.post(id, request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.anonymous(() -> tracking.post(id, request)))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);

        var submitted = engineer(() -> {
            var created = assessments.create(TrackedProjects.threeYearCase("Not yet approved", List.of()));
            return reviews.submit(created.id(), created.version());
        });
        assertThatThrownBy(() -> engineer(() -> tracking.post(submitted.id(), request))).isInstanceOf(NotTrackedException.class)
                .hasMessageContaining("is not tracked");
        assertThat(engineer(() -> tracking.find(submitted.id()))).isEmpty();
    }

    @Test
    void posting_a_month_again_replaces_it_and_the_audit_trail_keeps_old_and_new() {
        long id = approvedNow("Replaced motors", 0);
        var m1 = approvalMonth(id);
        engineer(() -> tracking.post(id, month(m1, 1_000, 0, 0, null, 0.3)));
        engineer(() -> tracking.post(id, new CheckInRequest(m1, 2_500.0, null, null, null, 0.31, "corrected")));
        assertThat(engineer(() -> tracking.checkIns(id))).singleElement().satisfies(c -> {
            assertThat(c.buildSpend()).isEqualTo(2_500);
            assertThat(c.modelMetricValue()).isEqualTo(0.31);
            assertThat(c.runCost()).isNull();
        });
        assertThat(trail(id, AuditAction.CHECKED_IN)).extracting(AuditRecord::detail).containsExactly(
                "Check-in " + m1 + " (month 1): build 1,000, run 0, benefit 0, KPI —, model metric 0.30",
                "Check-in " + m1 + " (month 1) replaced: build 1,000, run 0, benefit 0, KPI —, model metric 0.30 → "
                        + "build 2,500, run —, benefit —, KPI —, model metric 0.31, note “corrected”");
    }

    @Test
    void a_met_kill_rule_goes_to_the_product_managers_who_continue_with_a_reason_or_stop_the_project() {
        long id = approvedNow("Re-reviewed motors", 0, new KillRule(KillMeasure.MODEL_METRIC, KillOperator.BELOW, 0.5, 2));
        var m1 = approvalMonth(id);
        engineer(() -> tracking.post(id, month(m1, 0, 0, 0, null, 0.4)));
        assertThat(pm(() -> tracking.reReviewQueue(PageRequest.of(0, 50))).getContent()).extracting(ReReviewItem::assessmentId)
                .doesNotContain(id);
        clock.advance(Duration.ofDays(31));
        engineer(() -> tracking.post(id, month(plus(m1, 1), 0, 0, 0, null, 0.45)));
        var item = pm(() -> tracking.reReviewQueue(PageRequest.of(0, 50))).getContent().stream()
                .filter(i -> i.assessmentId() == id).findFirst().orElseThrow();
        assertThat(item.reason()).isEqualTo("model metric 0.45 below 0.50 since month 2");
        assertThat(pm(() -> tracking.reReviewCount())).isPositive();
        assertThat(engineer(() -> tracking.reReviewCount())).isZero();
        assertThat(trail(id, AuditAction.KILL_RULE_MET)).extracting(AuditRecord::detail)
                .containsExactly("Kill rule met, re-review: model metric 0.45 below 0.50 since month 2");
        assertThat(engineer(() -> tracking.report(id)).status()).isEqualTo(TrackingStatus.KILL_CRITERION_MET);

        assertThatThrownBy(() -> engineer(() -> tracking.decide(id, new ReReviewRequest(ReReviewDecision.STOP, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pm(() -> tracking.decide(id, new ReReviewRequest(ReReviewDecision.CONTINUE, " "))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly("rationale"));
        var continued = pm(() -> tracking.decide(id, new ReReviewRequest(ReReviewDecision.CONTINUE, "New labels arrive next month")));
        assertThat(continued.reReview()).isNull();
        assertThat(continued.decisions()).singleElement().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(ReReviewDecision.CONTINUE);
            assertThat(d.decidedBy()).isEqualTo("pm");
            assertThat(d.reason()).isEqualTo("model metric 0.45 below 0.50 since month 2");
        });
        assertThat(trail(id, AuditAction.RE_REVIEWED)).extracting(AuditRecord::detail).containsExactly(
                "Continued on re-review (model metric 0.45 below 0.50 since month 2); rationale: New labels arrive next month");
        assertThatThrownBy(() -> pm(() -> tracking.decide(id, new ReReviewRequest(ReReviewDecision.STOP, null))))
                .isInstanceOf(NotTrackedException.class).hasMessageContaining("no open re-review");

        // still met next month: already decided, no new re-review; recovered, then met again: a new one
        clock.advance(Duration.ofDays(31));
        engineer(() -> tracking.post(id, month(plus(m1, 2), 0, 0, 0, null, 0.46)));
        assertThat(engineer(() -> tracking.report(id)).reReview()).isNull();
        clock.advance(Duration.ofDays(31));
        engineer(() -> tracking.post(id, month(plus(m1, 3), 0, 0, 0, null, 0.55)));
        clock.advance(Duration.ofDays(31));
        engineer(() -> tracking.post(id, month(plus(m1, 4), 0, 0, 0, null, 0.41)));
        assertThat(engineer(() -> tracking.report(id)).reReview().reason()).isEqualTo("model metric 0.41 below 0.50 since month 5");

        var stopped = pm(() -> tracking.decide(id, new ReReviewRequest(ReReviewDecision.STOP, null)));
        assertThat(stopped.assessmentStatus()).isEqualTo(AssessmentStatus.STOPPED);
        assertThat(engineer(() -> assessments.get(id)).status()).isEqualTo(AssessmentStatus.STOPPED);
        assertThat(trail(id, AuditAction.RE_REVIEWED)).extracting(AuditRecord::detail)
                .contains("Stopped on re-review (model metric 0.41 below 0.50 since month 5); status Stopped");
        assertThatThrownBy(() -> engineer(() -> tracking.post(id, month(plus(m1, 4), 0, 0, 0, null, 0.6))))
                .isInstanceOf(NotTrackedException.class).hasMessageContaining("is stopped");
        assertThat(pm(() -> tracking.reReviewQueue(PageRequest.of(0, 50))).getContent()).extracting(ReReviewItem::assessmentId)
                .doesNotContain(id);
        var archived = pm(() -> reviews.archive(id, assessments.get(id).version()));
        assertThat(archived.status()).isEqualTo(AssessmentStatus.ARCHIVED);
        assertThat(engineer(() -> tracking.report(id)).monthsReported()).isEqualTo(5);
    }

    @Test
    void nobody_decides_the_re_review_of_their_own_project() {
        long id = RunAs.call(TestUsers.AUTHORING_PM, new Role[] {Role.PRODUCT_MANAGER, Role.ENGINEER}, () -> {
            var created = assessments.create(TrackedProjects.threeYearCase("Pam's motors",
                    List.of(new KillRule(KillMeasure.KPI, KillOperator.ABOVE, 300.0, null))));
            return reviews.submit(created.id(), created.version()).id();
        });
        pm(() -> reviews.decide(id, new dev.greenlight.review.DecisionRequest(dev.greenlight.review.DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small")));
        var pam = new Role[] {Role.PRODUCT_MANAGER, Role.ENGINEER};
        var m1 = RunAs.call(TestUsers.AUTHORING_PM, pam, () -> tracking.report(id)).approvalMonth();
        RunAs.call(TestUsers.AUTHORING_PM, pam, () -> tracking.post(id, month(m1, 0, 0, 0, 320.0, null)));
        assertThat(RunAs.call(TestUsers.AUTHORING_PM, pam, () -> tracking.reReviewQueue(PageRequest.of(0, 50))).getContent())
                .extracting(ReReviewItem::assessmentId).doesNotContain(id);
        assertThatThrownBy(() -> RunAs.call(TestUsers.AUTHORING_PM, pam,
                () -> tracking.decide(id, new ReReviewRequest(ReReviewDecision.STOP, null))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Separation of duties");
        assertThat(pm(() -> tracking.decide(id, new ReReviewRequest(ReReviewDecision.STOP, "KPI went the wrong way")))
                .assessmentStatus()).isEqualTo(AssessmentStatus.STOPPED);
    }

    @Test
    void the_portfolio_shows_filters_and_sums_the_tracked_projects() {
        long untouched = approvedNow("Portfolio quiet motors", 0);
        long reporting = approvedNow("Portfolio busy motors", 0);
        var m1 = approvalMonth(reporting);
        engineer(() -> tracking.post(reporting, month(m1, 30_000, 0, 0, null, null)));
        var behind = new dev.greenlight.portfolio.PortfolioFilter(null, null, null, null, null, "Portfolio",
                java.util.Set.of(TrackingStatus.BEHIND));
        var entries = lead(() -> portfolio.page(behind, List.of(), 0, 50));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(reporting);
            assertThat(e.tracking()).isEqualTo(TrackingStatus.BEHIND);
            assertThat(e.variance()).isEqualTo(-20_000);
        });
        var noData = new dev.greenlight.portfolio.PortfolioFilter(null, null, null, null, null, "Portfolio",
                java.util.Set.of(TrackingStatus.NO_DATA));
        assertThat(lead(() -> portfolio.page(noData, List.of(), 0, 50))).extracting(e -> e.id()).containsExactly(untouched);
        var both = new dev.greenlight.portfolio.PortfolioFilter(null, null, null, null, null, "Portfolio", null);
        var headline = lead(() -> portfolio.headline(both));
        assertThat(headline.tracked()).isEqualTo(1);
        assertThat(headline.trackedActualNetCash()).containsEntry("USD", -30_000.0);
        assertThat(headline.trackedForecastNetCash()).containsEntry("USD", -10_000.0);
        assertThat(lead(() -> portfolio.page(both, List.of(), 0, 50))).filteredOn(e -> e.id() == untouched)
                .singleElement().satisfies(e -> assertThat(e.variance()).isNull());
    }
}
