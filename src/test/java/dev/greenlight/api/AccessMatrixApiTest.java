package dev.greenlight.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.AccessMatrix.Action;
import dev.greenlight.AccessMatrix.Actor;
import dev.greenlight.ApiTest;
import dev.greenlight.RunAs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The access-control matrix through the REST API, one cell per status it maps to (allowed → 2xx, denied → 403,
 * anonymous → 401); the whole matrix runs at the services.
 */
@ApiTest
// One cell saves a new scoring model version: a context of its own keeps that away from other tests.
@TestPropertySource(properties = "greenlight.test.context=access-matrix-api")
class AccessMatrixApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        TestUsers.create(users);
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("dev.greenlight.AccessMatrix#httpCells")
    void the_api_answers_each_access_question_with_its_status(Actor actor, Action action, boolean allowed) throws Exception {
        long id = fixture(actor, action);
        int status = perform(action, id, actor.username());
        if (allowed) {
            assertThat(status).as("%s %s", actor, action).isBetween(200, 299);
        } else {
            assertThat(status).as("%s %s", actor, action).isEqualTo(actor == Actor.ANONYMOUS ? 401 : 403);
        }
    }

    private long fixture(Actor actor, Action action) {
        return RunAs.call(actor.author(), actor.authorRoles(), () -> switch (action) {
            case READ_DRAFT, EDIT, SUBMIT -> assessments.create(SampleDocuments.maintenance("API matrix draft")).id();
            case SIGN_OFF -> {
                var created = assessments.create(SampleDocuments.highRisk("API matrix high-risk"));
                reviews.submit(created.id(), created.version());
                RunAs.pm(() -> reviews.decide(created.id(), new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small")));
                yield created.id();
            }
            default -> {
                var created = assessments.create(SampleDocuments.maintenance("API matrix submitted"));
                yield reviews.submit(created.id(), created.version()).id();
            }
        });
    }

    private int perform(Action action, long id, String user) throws Exception {
        var base = "/api/v1/assessments/" + id;
        return switch (action) {
            case READ_DRAFT, READ_SUBMITTED -> api.get(base, user).statusCode();
            case EDIT -> {
                var body = AssessmentJson.toTree(SampleDocuments.maintenance("API matrix edit"));
                body.put("version", 0);
                yield api.put(base, user, body.toString(), null).statusCode();
            }
            case SUBMIT -> api.post(base + "/submit", user, "{\"version\": 0}").statusCode();
            case DECIDE -> api.post(base + "/decision", user, "{\"decision\": \"APPROVE\", \"version\": 1, \"rationale\": \"Evidence is solid and the cost is small\"}").statusCode();
            case SIGN_OFF -> api.post(base + "/decision", user, "{\"decision\": \"SIGN_OFF\", \"version\": 1, \"rationale\": \"Risk understood and accepted by leadership\"}").statusCode();
            case COMMENT -> api.post(base + "/comments", user, "{\"body\": \"Over the API\", \"section\": \"ROI\"}").statusCode();
            case EXPORT -> api.getBytes(base + "/brief.xlsx", user).statusCode();
            case VIEW_AUDIT -> api.get(base + "/audit", user).statusCode();
            case VIEW_FULL_AUDIT -> api.get("/api/v1/admin/audit?action=CREATED", user).statusCode();
            case MANAGE_USERS -> api.post("/api/v1/admin/users", user, "{\"username\": \"u" + UUID.randomUUID().toString().substring(0, 8)
                    + "\", \"displayName\": \"New user\", \"password\": \"long enough\", \"roles\": [\"ENGINEER\"]}").statusCode();
            case CHANGE_MODEL -> api.post("/api/v1/admin/scoring-model", user, "{\"valueWeight\": 0.35, \"confidenceWeight\": 0.25, "
                    + "\"readinessWeight\": 0.15, \"ethicsWeight\": 0.25, \"goThreshold\": 70, \"conditionsThreshold\": 50, "
                    + "\"reviseThreshold\": 35, \"complianceCostLevelII\": 10000, \"complianceCostLevelIII\": 50000, "
                    + "\"complianceCostLevelIV\": 150000, \"defaultDiscountRate\": 0.1}").statusCode();
            default -> throw new IllegalArgumentException(action + " is checked at the services only");
        };
    }
}
