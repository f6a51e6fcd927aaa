package dev.greenlight.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.AccessMatrix.Action;
import dev.greenlight.AccessMatrix.Actor;
import dev.greenlight.AccessMatrix;
import dev.greenlight.RunAs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.audit.AuditFilter;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.brief.BriefService;
import dev.greenlight.portfolio.PortfolioFilter;
import dev.greenlight.portfolio.PortfolioService;
import dev.greenlight.scoringmodel.ScoringModelService;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.TestPropertySource;

/** The access-control matrix at the services, the boundary every view and the API go through. */
@ServiceTest
// One cell saves a new scoring model version: a context of its own keeps that away from other tests.
@TestPropertySource(properties = "greenlight.test.context=access-matrix-service")
class AccessMatrixServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    BriefService briefs;
    @Autowired
    AuditLog audit;
    @Autowired
    UserService users;
    @Autowired
    ScoringModelService models;
    @Autowired
    PortfolioService portfolio;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("dev.greenlight.AccessMatrix#cells")
    void every_role_may_do_exactly_what_the_matrix_says(Actor actor, Action action, boolean allowed) {
        var fixture = fixture(actor, action);
        Runnable attempt = () -> as(actor, () -> {
            perform(action, fixture);
            return null;
        });
        if (allowed) {
            assertThatCode(attempt::run).doesNotThrowAnyException();
        } else if (actor == Actor.ANONYMOUS) {
            assertThatThrownBy(attempt::run).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        } else {
            assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** The assessment the action applies to, authored by the actor's author and in the state the action needs. */
    private long fixture(Actor actor, Action action) {
        return RunAs.call(actor.author(), actor.authorRoles(), () -> switch (action) {
            case READ_DRAFT, EDIT, SUBMIT -> assessments.create(SampleDocuments.maintenance("Matrix draft")).id();
            case SIGN_OFF -> {
                var created = assessments.create(SampleDocuments.highRisk("Matrix high-risk"));
                reviews.submit(created.id(), created.version());
                RunAs.pm(() -> reviews.decide(created.id(), new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small")));
                yield created.id();
            }
            case ARCHIVE -> {
                var created = assessments.create(SampleDocuments.maintenance("Matrix decided"));
                reviews.submit(created.id(), created.version());
                RunAs.pm(() -> reviews.decide(created.id(), new DecisionRequest(DecisionType.REJECT, 1, List.of(), "Not now")));
                yield created.id();
            }
            default -> {
                var created = assessments.create(SampleDocuments.maintenance("Matrix submitted"));
                yield reviews.submit(created.id(), created.version()).id();
            }
        });
    }

    private void perform(Action action, long id) {
        switch (action) {
            case READ_DRAFT, READ_SUBMITTED -> assessments.get(id);
            case EDIT -> assessments.update(id, SampleDocuments.maintenance("Matrix edit"), 0);
            case SUBMIT -> reviews.submit(id, 0);
            case ARCHIVE -> reviews.archive(id, RunAs.admin(() -> assessments.get(id)).version());
            case VERSIONS -> assessments.versions(id);
            case COMPARE -> assessments.compare(id, 1, 1);
            case REVIEW_QUEUE -> reviews.reviewQueue(PageRequest.of(0, 10));
            case PORTFOLIO -> portfolio.count(PortfolioFilter.all());
            case RESCORE -> assessments.rescore(id);
            case RESCORE_ALL -> models.rescoreAll();
            case DECIDE -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small"));
            case SIGN_OFF -> reviews.decide(id, new DecisionRequest(DecisionType.SIGN_OFF, 1, List.of(), "Risk understood and accepted by leadership"));
            case COMMENT -> reviews.comment(id, null, "A comment");
            case EXPORT -> briefs.brief(id);
            case VIEW_AUDIT -> audit.forAssessment(id);
            case VIEW_FULL_AUDIT -> audit.search(AuditFilter.none(), PageRequest.of(0, 10));
            case MANAGE_USERS -> users.create("u" + UUID.randomUUID().toString().substring(0, 8), "New user", "long enough", Set.of(Role.ENGINEER));
            case CHANGE_MODEL -> models.change(models.current().parameters());
        }
    }

    private static <T> T as(Actor actor, java.util.concurrent.Callable<T> body) {
        return actor == Actor.ANONYMOUS ? RunAs.anonymous(body) : RunAs.call(actor.username(), actor.roles(), body);
    }
}
