package dev.greenlight.review;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.lead;
import static dev.greenlight.RunAs.pm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.SampleDocuments;
import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.assessment.AssessmentEvents.AnswersChanged;
import dev.greenlight.assessment.AssessmentEvents.AssessmentCreated;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.FieldChange;
import dev.greenlight.review.ReviewEvents.AssessmentSubmitted;
import dev.greenlight.review.ReviewEvents.CommentAdded;
import dev.greenlight.review.ReviewEvents.DecisionRecorded;
import dev.greenlight.review.ReviewEvents.SignOffRecorded;
import dev.greenlight.security.UserService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the services announce (issue 11): past-tense facts with what a listener needs, and nothing when nothing happened. */
@ServiceTest
@RecordApplicationEvents
class DomainEventsTest {

    @Autowired
    ApplicationEvents events;
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

    @Test
    void creating_and_changing_answers_announce_each_field_with_its_old_and_new_value() {
        var created = engineer(() -> assessments.create(SampleDocuments.maintenance("Events: before")));
        assertThat(events.stream(AssessmentCreated.class)).containsExactly(new AssessmentCreated(created.id(), "Events: before"));
        var updated = engineer(() -> assessments.update(created.id(), created.document().withTitle("Events: after"), created.version()));
        assertThat(events.stream(AnswersChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.assessmentId()).isEqualTo(created.id());
            assertThat(e.changes()).containsExactly(new FieldChange("title", "Events: before", "Events: after"));
        });
        events.clear();
        engineer(() -> assessments.update(created.id(), updated.document(), updated.version()));
        assertThat(events.stream(AnswersChanged.class)).as("saving the same answers changes nothing").isEmpty();
    }

    @Test
    void the_review_loop_announces_submission_decision_sign_off_and_comment() {
        var id = engineer(() -> {
            var created = assessments.create(SampleDocuments.highRisk("Events: high-risk"));
            return reviews.submit(created.id(), created.version()).id();
        });
        assertThat(events.stream(AssessmentSubmitted.class)).singleElement().satisfies(e -> {
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.score()).isNotNull();
        });
        pm(() -> reviews.decide(id, new DecisionRequest(DecisionType.APPROVE_WITH_CONDITIONS, 1, List.of("Bias testing"), "Worth doing once the conditions are met")));
        assertThat(events.stream(DecisionRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.conditions()).containsExactly("Bias testing");
            assertThat(e.awaitingSignOff()).isTrue();
            assertThat(e.statusAfter()).isEqualTo(AssessmentStatus.SUBMITTED);
        });
        lead(() -> reviews.decide(id, new DecisionRequest(DecisionType.SIGN_OFF, 1, List.of(), "Risk accepted")));
        assertThat(events.stream(SignOffRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.statusAfter()).isEqualTo(AssessmentStatus.APPROVED_WITH_CONDITIONS));
        assertThat(events.stream(DecisionRecorded.class)).as("a sign-off is not a product manager's decision").hasSize(1);
        pm(() -> reviews.comment(id, null, "Noted"));
        assertThat(events.stream(CommentAdded.class)).containsExactly(new CommentAdded(id, null, "Noted"));
    }
}
