package dev.greenlight.audit;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import dev.greenlight.SampleDocuments;
import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentFilter;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The audit trail listens to the services' events synchronously, inside their transaction: when its write fails, the
 * action it would have recorded is undone with it (issue 11), so there is never an action without its audit line.
 */
@ServiceTest
class AuditInTheSameTransactionTest {

    @MockitoSpyBean
    AuditRepository auditRepository;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    @AfterEach
    void auditWorksAgain() {
        Mockito.reset(auditRepository);
    }

    private void auditFails() {
        doThrow(new DataAccessResourceFailureException("audit table unavailable")).when(auditRepository).save(any());
    }

    @Test
    void a_failing_audit_write_undoes_the_creation() {
        auditFails();
        assertThatThrownBy(() -> engineer(() -> assessments.create(SampleDocuments.maintenance("Never created"))))
                .isInstanceOf(DataAccessResourceFailureException.class);
        auditWorksAgain();
        var found = engineer(() -> assessments.list(new AssessmentFilter(true, "Never created", java.util.Set.of()), PageRequest.of(0, 5)));
        assertThat(found.getTotalElements()).isZero();
    }

    @Test
    void a_failing_audit_write_undoes_the_decision_and_leaves_the_assessment_in_review() {
        var id = engineer(() -> {
            var created = assessments.create(SampleDocuments.maintenance("Decision without audit"));
            return reviews.submit(created.id(), created.version()).id();
        });
        auditFails();
        assertThatThrownBy(() -> pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small"))))
                .isInstanceOf(DataAccessResourceFailureException.class);
        auditWorksAgain();
        assertThat(pm(() -> assessments.get(id)).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(pm(() -> reviews.history(id)).decisions()).isEmpty();
    }

    @Test
    void a_failing_audit_write_undoes_the_changed_answers() {
        var created = engineer(() -> assessments.create(SampleDocuments.maintenance("Answers without audit")));
        auditFails();
        assertThatThrownBy(() -> engineer(() -> assessments.update(created.id(), created.document().withTitle("Renamed"), created.version())))
                .isInstanceOf(DataAccessResourceFailureException.class);
        auditWorksAgain();
        var stored = engineer(() -> assessments.get(created.id()));
        assertThat(stored.document().title()).isEqualTo("Answers without audit");
        assertThat(stored.version()).isEqualTo(created.version());
    }
}
