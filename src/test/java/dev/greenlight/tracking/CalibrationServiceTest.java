package dev.greenlight.tracking;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.lead;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.review.ReviewService;
import dev.greenlight.scoring.FinancialInput;
import dev.greenlight.scoring.OutsideView;
import dev.greenlight.security.MutableClock;
import dev.greenlight.security.UserService;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;

/**
 * The organisation's track record at the service (PRODUCT.md §10.2), in a context of its own (its own clock, so its own
 * database): three projects approved 16 months ago report every month; their ratios, the medians, who may see them,
 * and the outside view of a new proposal and of a tracked project (which leaves itself out).
 */
@ServiceTest
class CalibrationServiceTest {

    @TestConfiguration
    static class SixteenMonths {
        @Bean
        @Primary
        MutableClock calibrationClock() {
            return new MutableClock(Instant.parse("2026-01-10T09:00:00Z"));
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
    CalibrationService calibration;
    @Autowired
    UserService users;

    private static long a;
    private static long b;
    private static long c;

    @BeforeEach
    void threeTrackedProjects() {
        TestUsers.create(users);
        if (a != 0) {
            return;
        }
        // the three-year case: 10,000 of build forecast a month in months 1–12, 5,000 of benefit in months 13–24
        a = TrackedProjects.approved(assessments, reviews, TrackedProjects.threeYearCase("Record A", List.of()));
        b = TrackedProjects.approved(assessments, reviews, TrackedProjects.threeYearCase("Record B", List.of()));
        c = TrackedProjects.approved(assessments, reviews, TrackedProjects.threeYearCase("Record C", List.of()));
        clock.advance(Duration.ofDays(16 * 31));
        var first = YearMonth.of(2026, 1);
        for (int k = 1; k <= 16; k++) {
            var month = first.plusMonths(k - 1).toString();
            post(a, month, k <= 12 ? 12_000 : 0, k > 12 ? 2_500 : 0);
            post(b, month, k <= 12 ? 10_000 : 0, k > 12 ? 4_000 : 0);
            post(c, month, k <= 12 ? 15_000 : 0, k > 12 ? 5_000 : 0);
        }
    }

    private void post(long id, String month, double build, double benefit) {
        engineer(() -> tracking.post(id, new CheckInRequest(month, build, 1_000.0, benefit, null, null, null)));
    }

    @Test
    void the_calibration_names_every_tracked_project_with_its_ratios_and_the_medians() {
        var record = pm(() -> calibration.calibration());
        assertThat(record.projects()).extracting(Calibration.Project::title).containsExactly("Record A", "Record B", "Record C");
        assertThat(record.projects()).extracting(Calibration.Project::monthsReported).containsOnly(16);
        assertThat(record.projects().get(0).buildOverrun()).isCloseTo(1.2, within(1e-12));
        assertThat(record.projects().get(0).benefitRealisation()).isCloseTo(0.5, within(1e-12));
        assertThat(record.nBenefit()).isEqualTo(3);
        assertThat(record.nBuild()).isEqualTo(3);
        assertThat(record.medianBenefitRealisation()).isCloseTo(0.8, within(1e-12));
        assertThat(record.medianBuildOverrun()).isCloseTo(1.2, within(1e-12));
        assertThat(lead(() -> calibration.calibration()).nBuild()).isEqualTo(3);
        assertThatThrownBy(() -> engineer(() -> calibration.calibration())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_new_proposal_sees_its_forecast_adjusted_by_the_organisations_record() {
        var draft = engineer(() -> assessments.create(TrackedProjects.threeYearCase("New proposal", List.of())));
        var view = engineer(() -> calibration.outsideView(draft.id()));
        assertThat(view.nBenefit()).isEqualTo(3);
        assertThat(view.moreNeeded()).isZero();
        var details = engineer(() -> assessments.get(draft.id()));
        FinancialInput input = dev.greenlight.document.ScoringInputs.of(details.document(), Locale.US).financials();
        double expected = OutsideView.adjustedRiskAdjustedNpv(input, details.scoreResult().financials().complianceCost(),
                new OutsideView.Factors(0.8, 3, 1.2, 3));
        assertThat(view.adjustedRiskAdjustedNpv()).isCloseTo(expected, within(1e-6));
        assertThat(view.riskAdjustedNpv()).isEqualTo(details.scoreResult().financials().riskAdjustedNpv());
        assertThat(view.sentence()).startsWith("Tracked projects here realised 80 % of forecast benefits (median of 3) and spent 120 %");
        assertThat(view.condition()).startsWith("Meet the outside view");
    }

    @Test
    void a_tracked_project_leaves_itself_out_of_its_reference_class() {
        var view = pm(() -> calibration.outsideView(a));
        assertThat(view.nBenefit()).isEqualTo(2);
        assertThat(view.medianBenefitRealisation()).isCloseTo(0.9, within(1e-12));
        assertThat(view.moreNeeded()).isEqualTo(1);
        assertThat(view.adjustedRiskAdjustedNpv()).isNull();
        assertThat(view.sentence()).endsWith("1 more is needed.");
    }
}
