package dev.greenlight.tracking;

import static dev.greenlight.RunAs.admin;
import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.document.AssessmentDocument.KillMeasure;
import dev.greenlight.document.AssessmentDocument.KillOperator;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Drift into money at the service (PRODUCT.md §10.1): observed inputs posted, the re-forecast, the money kill rule. */
@ServiceTest
class ObservedCheckInServiceTest {

    /** Σ adoption_t / 1.1^t for adoption 0.5, 1, 1: what a unit of annual benefit adds to NPV. */
    private static final double FACTOR = 0.5 / 1.1 + 1 / 1.21 + 1 / 1.331;
    private static final double APPROVED_NPV = -120_000 + (0.5 * 368_000 - 24_000) / 1.1 + 344_000 / 1.21 + 344_000 / 1.331;

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

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    private long approved(String title, KillRule... rules) {
        return TrackedProjects.approved(assessments, reviews, TrackedProjects.detectionCase(title, List.of(rules)));
    }

    private static CheckInRequest observed(String month, ObservedValues... values) {
        return new CheckInRequest(month, 0.0, 0.0, 0.0, null, null, List.of(values), null);
    }

    private static ObservedValues recall(double recall) {
        return new ObservedValues(0, recall, null, null, null, null);
    }

    @Test
    void observed_recall_reprices_the_approved_version_and_the_money_rule_fires_with_its_reason_in_money() {
        long id = approved("Drifting fraud model", new KillRule(KillMeasure.REFORECAST_NPV, KillOperator.BELOW, 100_000.0, 1));
        var month = engineer(() -> tracking.report(id)).approvalMonth();

        engineer(() -> tracking.post(id, observed(month, recall(0.75))));
        var fine = engineer(() -> tracking.report(id));
        assertThat(fine.reforecast().approvedNpv()).isCloseTo(APPROVED_NPV, within(1e-6));
        // B at recall 0.75 = 1,000·0.75·(500 − 20/0.5) = 345,000
        assertThat(fine.reforecast().npv()).isCloseTo(APPROVED_NPV - 23_000 * FACTOR, within(1e-6));
        assertThat(fine.status()).isEqualTo(TrackingStatus.ON_TRACK);

        engineer(() -> tracking.post(id, observed(month, recall(0.2))));
        var drifted = engineer(() -> tracking.report(id));
        var f = drifted.reforecast();
        assertThat(f.month()).isEqualTo(month);
        assertThat(f.monthNumber()).isEqualTo(1);
        assertThat(f.basis()).containsExactly(new TrackingReport.Basis(0, "recall", 0.8, 0.2));
        assertThat(f.annualBenefit()).isCloseTo(92_000, within(1e-6));
        assertThat(f.approvedAnnualBenefit()).isCloseTo(368_000, within(1e-6));
        assertThat(f.monthlyValueAtRisk()).isCloseTo(23_000, within(1e-6));
        assertThat(f.change()).isCloseTo(-276_000 * FACTOR, within(1e-6));
        assertThat(drifted.status()).isEqualTo(TrackingStatus.KILL_CRITERION_MET);
        assertThat(drifted.reReview().reason())
                .isEqualTo("at the observed recall 0.20 (approved at 0.80) the project's NPV falls from $568K to $7.3K");
        assertThat(pm(() -> tracking.reReviewQueue(PageRequest.of(0, 20))).getContent())
                .anySatisfy(item -> assertThat(item.reason()).contains("NPV falls from $568K"));
        assertThat(admin(() -> audit.forAssessment(id))).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.KILL_RULE_MET);
            assertThat(a.detail()).contains("observed recall 0.20");
        });
        assertThat(admin(() -> audit.forAssessment(id))).anySatisfy(a -> assertThat(a.detail()).contains("observed line 0 recall 0.20"));
    }

    @Test
    void the_re_forecast_comes_from_the_latest_check_in_that_observed_something() {
        long id = approved("Quiet month fraud model");
        var month = engineer(() -> tracking.report(id)).approvalMonth();
        engineer(() -> tracking.post(id, observed(month, new ObservedValues(0, 0.7, 0.45, null, null, null))));
        assertThat(engineer(() -> tracking.report(id)).reforecast().basis()).hasSize(2);
        assertThat(engineer(() -> tracking.report(id)).observableInputs()).extracting(TrackingReport.ObservableInput::input)
                .containsExactly("recall", "precision");
    }

    @Test
    void refusals_name_the_field_and_store_nothing() {
        long id = approved("Refused fraud model");
        var month = engineer(() -> tracking.report(id)).approvalMonth();
        assertThatThrownBy(() -> engineer(() -> tracking.post(id, observed(month, new ObservedValues(0, null, null, null, 0.5, null)))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path)
                        .containsExactly("observed[0].automationRate"));
        assertThatThrownBy(() -> engineer(() -> tracking.post(id, observed(month, recall(1.2)))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(x -> assertThat(x.path()).isEqualTo("observed[0].recall"))
                        .satisfies(x -> assertThat(x.message()).contains("(0, 1]", "1.2")));
        assertThatThrownBy(() -> engineer(() -> tracking.post(id, observed(month, new ObservedValues(1, 0.5, null, null, null, null)))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(x -> assertThat(x.path()).isEqualTo("observed[0].line"))
                        .satisfies(x -> assertThat(x.message()).contains("not derived")));
        assertThatThrownBy(() -> engineer(() -> tracking.post(id, observed(month, new ObservedValues(7, 0.5, null, null, null, null)))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path)
                        .containsExactly("observed[0].line"));
        assertThat(engineer(() -> tracking.checkIns(id))).isEmpty();
    }
}
