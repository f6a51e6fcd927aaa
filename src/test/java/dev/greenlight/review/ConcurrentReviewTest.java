package dev.greenlight.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.RunAs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people act on the same assessment at the same moment. Each session reads the assessment inside its own
 * transaction, both wait at a barrier so that both have read before either writes, then both write: exactly one
 * wins, the other gets a conflict, and nothing is applied twice.
 */
@ServiceTest
class ConcurrentReviewTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void users() {
        TestUsers.create(users);
        users.createIfMissing("pm2", "Second PM", "pm2", java.util.Set.of(Role.PRODUCT_MANAGER));
    }

    @Test
    void two_product_managers_deciding_at_once_one_wins_the_other_gets_a_conflict() throws Exception {
        var id = RunAs.engineer(() -> {
            var created = assessments.create(SampleDocuments.maintenance("Race to decide"));
            return reviews.submit(created.id(), created.version()).id();
        });
        var barrier = new CyclicBarrier(2);
        var outcomes = race(
                session("pm", barrier, () -> assessments.get(id),
                        () -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small"))),
                session("pm2", barrier, () -> assessments.get(id),
                        () -> reviews.decide(id, new DecisionRequest(DecisionType.REJECT, 1, List.of(), "Not now"))));

        assertThat(outcomes).filteredOn(o -> o instanceof AssessmentDetails).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof StaleAssessmentException || o instanceof Lifecycle.IllegalTransitionException)
                .singleElement().satisfies(e -> assertThat(((Exception) e).getMessage()).isNotBlank());
        var winner = (AssessmentDetails) outcomes.stream().filter(o -> o instanceof AssessmentDetails).findFirst().orElseThrow();
        var history = RunAs.admin(() -> reviews.history(id));
        assertThat(history.decisions()).hasSize(1);
        var stored = RunAs.admin(() -> assessments.get(id));
        assertThat(stored.status()).isEqualTo(winner.status()).isIn(AssessmentStatus.APPROVED, AssessmentStatus.REJECTED);
        assertThat(RunAs.admin(() -> auditLog.forAssessment(id))).filteredOn(a -> a.action() == AuditAction.DECIDED).hasSize(1);
    }

    @Test
    void two_sessions_editing_at_once_one_wins_and_the_other_change_is_refused_not_lost_silently() throws Exception {
        var created = RunAs.engineer(() -> assessments.create(SampleDocuments.maintenance("Race to edit")));
        var id = created.id();
        var barrier = new CyclicBarrier(2);
        var outcomes = race(
                session("engineer", barrier, () -> assessments.get(id),
                        () -> assessments.update(id, created.document().withTitle("Tab one"), created.version())),
                session("engineer", barrier, () -> assessments.get(id),
                        () -> assessments.update(id, created.document().withTitle("Tab two"), created.version())));

        assertThat(outcomes).filteredOn(o -> o instanceof AssessmentDetails).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof StaleAssessmentException).hasSize(1);
        var winner = (AssessmentDetails) outcomes.stream().filter(o -> o instanceof AssessmentDetails).findFirst().orElseThrow();
        var stored = RunAs.engineer(() -> assessments.get(id));
        assertThat(stored.document().title()).isEqualTo(winner.document().title());
        assertThat(stored.version()).isEqualTo(created.version() + 1);
        assertThat(RunAs.admin(() -> auditLog.forAssessment(id))).filteredOn(a -> a.action() == AuditAction.CHANGED)
                .extracting(AuditRecord::detail).containsExactly("title: Race to edit → " + winner.document().title());
    }

    /** One user's session: read in its own transaction, wait until the other has read too, then write. */
    private Callable<Object> session(String user, CyclicBarrier barrier, Callable<?> read, Callable<?> write) {
        var roles = user.startsWith("pm") ? new Role[] {Role.PRODUCT_MANAGER} : new Role[] {Role.ENGINEER};
        return () -> RunAs.call(user, roles, () -> {
            try {
                return new TransactionTemplate(transactions).execute(tx -> {
                    try {
                        read.call();
                        barrier.await(20, TimeUnit.SECONDS);
                        return write.call();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (StaleAssessmentException | Lifecycle.IllegalTransitionException e) {
                return e;
            }
        });
    }

    private static List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = List.<Future<Object>>of(pool.submit(a), pool.submit(b));
            var outcomes = new ArrayList<Object>();
            for (var f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
