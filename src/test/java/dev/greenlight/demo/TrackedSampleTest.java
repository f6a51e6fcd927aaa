package dev.greenlight.demo;

import static dev.greenlight.RunAs.engineer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ServiceTest;
import dev.greenlight.assessment.AssessmentFilter;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.tracking.TrackingService;
import dev.greenlight.tracking.TrackingStatus;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The demo's tracked sample: approved three months before the start, a check-in for each month since, this month open. */
@ServiceTest
class TrackedSampleTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    TrackingService tracking;
    @Autowired
    Clock clock;

    @Test
    void the_invoice_sample_is_approved_months_back_and_reported_up_to_last_month() {
        assertThat(clock).as("the demo runs on its own clock, back to system time after loading").isInstanceOf(DemoClock.class);
        var sample = engineer(() -> assessments.list(new AssessmentFilter(true, TrackedSample.TITLE, Set.of()), PageRequest.of(0, 1)))
                .getContent().getFirst();
        assertThat(sample.status()).isEqualTo(AssessmentStatus.APPROVED);
        var report = engineer(() -> tracking.report(sample.id()));
        var thisMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        assertThat(report.approvalMonth()).isEqualTo(thisMonth.minusMonths(TrackedSample.MONTHS_BACK).toString());
        assertThat(report.monthsReported()).isEqualTo(3);
        assertThat(report.lastMonth()).isEqualTo(thisMonth.minusMonths(1).toString());
        assertThat(report.status()).isEqualTo(TrackingStatus.ON_TRACK);
        assertThat(report.killRules()).hasSize(2);
        assertThat(report.killRules().getFirst().words()).isEqualTo("Stop if production Field-level F1 on invoice header fields "
                + "is below 0.92 from month 3");
        assertThat(report.variance()).isPositive();
        assertThat(engineer(() -> tracking.mayPost(report))).isTrue();
    }
}
