package dev.greenlight.demo;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ServiceTest;
import dev.greenlight.assessment.AssessmentFilter;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.tracking.Calibration;
import dev.greenlight.tracking.CalibrationService;
import dev.greenlight.tracking.TrackingService;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/** The demo's track record (PRODUCT.md §10.2): three sister projects reported beyond month 15, so every assessment has its outside view. */
@ServiceTest
@TestPropertySource(properties = "greenlight.sample-data.track-record=true")
class DemoTrackRecordTest {

    @Autowired
    CalibrationService calibration;
    @Autowired
    AssessmentService assessments;
    @Autowired
    TrackingService tracking;

    private long id(String title) {
        return engineer(() -> assessments.list(new AssessmentFilter(true, title, Set.of()), PageRequest.of(0, 1))).getContent().getFirst().id();
    }

    @Test
    void three_sister_projects_give_the_organisation_a_track_record() {
        var record = pm(() -> calibration.calibration());
        assertThat(record.projects()).filteredOn(p -> p.monthsReported() > 15).extracting(Calibration.Project::title)
                .containsExactlyInAnyOrder("Card fraud rules replacement (first wave)", "Expense receipt extraction",
                        "Predictive maintenance for packaging lines");
        assertThat(record.nBenefit()).isEqualTo(3);
        assertThat(record.nBuild()).isEqualTo(4);
        assertThat(record.projects()).filteredOn(p -> p.benefitRealisation() != null)
                .allSatisfy(p -> assertThat(p.benefitRealisation()).isBetween(0.4, 1.1))
                .extracting(Calibration.Project::benefitRealisation).doesNotHaveDuplicates();
        assertThat(record.medianBenefitRealisation()).isBetween(0.5, 0.95);
        assertThat(record.medianBuildOverrun()).isBetween(0.9, 1.3);

        var view = engineer(() -> calibration.outsideView(id("Card fraud early warning")));
        assertThat(view.moreNeeded()).isZero();
        assertThat(view.adjustedRiskAdjustedNpv()).isLessThan(view.riskAdjustedNpv());
        assertThat(view.sentence()).startsWith("Tracked projects here realised");

        var drifting = engineer(() -> tracking.report(id("Card fraud rules replacement (first wave)")));
        assertThat(drifting.reforecast()).isNotNull();
        assertThat(drifting.reforecast().change()).isNegative();
    }
}
