package dev.greenlight.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.ServiceTest;
import dev.greenlight.TestUsers;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserService;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The access rules of issue 2, role by role, at the service: the boundary that the views and the API
 * both go through. Fixtures are written through the repository so each test starts from a known state.
 */
@ServiceTest
class AssessmentServiceSecurityTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    AssessmentService service;
    @Autowired
    AssessmentRepository repository;
    @Autowired
    UserService users;

    long enginersDraft;
    long enginersSubmitted;

    @BeforeEach
    void fixtures() {
        TestUsers.create(users);
        var now = Instant.now();
        enginersDraft = repository.save(new Assessment("engineer", AssessmentDocument.draft("Draft idea", null, "Team A", null), now)).getId();
        var submitted = new Assessment("engineer", AssessmentDocument.draft("Submitted idea", null, "Team A", null), now);
        submitted.setStatus(AssessmentStatus.SUBMITTED, now);
        enginersSubmitted = repository.save(submitted).getId();
    }

    // ---- list

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void engineer_lists_own_assessments_in_my_assessments() {
        var mine = service.list(AssessmentFilter.mine(), PageRequest.of(0, 500));
        assertThat(mine.getContent()).extracting(AssessmentSummary::id).contains(enginersDraft, enginersSubmitted);
        assertThat(mine.getContent()).allMatch(s -> s.owner().equals("engineer"));
    }

    @Test
    @WithMockUser(username = TestUsers.OTHER_ENGINEER, roles = "ENGINEER")
    void another_engineer_lists_submitted_work_but_not_drafts() {
        var visible = service.list(AssessmentFilter.visible(), PageRequest.of(0, 500));
        assertThat(visible.getContent()).extracting(AssessmentSummary::id).contains(enginersSubmitted).doesNotContain(enginersDraft);
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_lists_submitted_work_but_not_drafts() {
        var visible = service.list(AssessmentFilter.visible(), PageRequest.of(0, 500));
        assertThat(visible.getContent()).extracting(AssessmentSummary::id).contains(enginersSubmitted).doesNotContain(enginersDraft);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void admin_lists_everything_including_drafts() {
        var visible = service.list(AssessmentFilter.visible(), PageRequest.of(0, 500));
        assertThat(visible.getContent()).extracting(AssessmentSummary::id).contains(enginersSubmitted, enginersDraft);
    }

    @Test
    void anonymous_cannot_list() {
        assertThatThrownBy(() -> service.list(AssessmentFilter.visible(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_list_filters_by_title_and_status_in_the_database() {
        var drafts = service.list(new AssessmentFilter(true, "draft IDEA", java.util.Set.of(AssessmentStatus.DRAFT)), PageRequest.of(0, 50));
        assertThat(drafts.getContent()).extracting(AssessmentSummary::id).contains(enginersDraft).doesNotContain(enginersSubmitted);
        var wildcard = service.list(new AssessmentFilter(true, "%", java.util.Set.of()), PageRequest.of(0, 50));
        assertThat(wildcard.getContent()).isEmpty();
    }

    // ---- read

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void author_reads_own_draft() {
        assertThat(service.get(enginersDraft).editableByCaller()).isTrue();
    }

    @Test
    @WithMockUser(username = TestUsers.OTHER_ENGINEER, roles = "ENGINEER")
    void another_engineer_cannot_read_a_draft() {
        assertThatThrownBy(() -> service.get(enginersDraft)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void product_manager_cannot_read_someone_elses_draft() {
        assertThatThrownBy(() -> service.get(enginersDraft)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_cannot_read_a_draft() {
        assertThatThrownBy(() -> service.get(enginersDraft)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void admin_reads_a_draft_but_cannot_edit_it() {
        assertThat(service.get(enginersDraft).editableByCaller()).isFalse();
    }

    @Test
    @WithMockUser(username = TestUsers.OTHER_ENGINEER, roles = "ENGINEER")
    void any_engineer_reads_submitted_work() {
        assertThat(service.get(enginersSubmitted).document().title()).isEqualTo("Submitted idea");
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void product_manager_reads_submitted_work() {
        assertThat(service.get(enginersSubmitted).status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_reads_submitted_work() {
        assertThat(service.get(enginersSubmitted).editableByCaller()).isFalse();
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void an_unknown_id_is_not_found() {
        assertThatThrownBy(() -> service.get(999_999)).isInstanceOf(AssessmentNotFoundException.class);
    }

    @Test
    void anonymous_cannot_read() {
        assertThatThrownBy(() -> service.get(enginersSubmitted)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    // ---- create

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void engineer_creates_a_draft_they_own() {
        var created = service.create(AssessmentDocument.draft("  New idea  ", "s", "t", "p"));
        assertThat(created.owner()).isEqualTo("engineer");
        assertThat(created.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(created.document().title()).as("stored as sent, never trimmed").isEqualTo("  New idea  ");
        assertThat(created.document().schemaVersion()).isEqualTo(AssessmentDocument.SCHEMA_VERSION);
    }

    @Test
    @WithMockUser(username = TestUsers.AUTHORING_PM, roles = "PRODUCT_MANAGER")
    void product_manager_may_author_too() {
        assertThat(service.create(AssessmentDocument.draft("PM idea", null, null, null)).owner()).isEqualTo(TestUsers.AUTHORING_PM);
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_cannot_create() {
        assertThatThrownBy(() -> service.create(AssessmentDocument.draft("x", null, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void admin_cannot_create() {
        assertThatThrownBy(() -> service.create(AssessmentDocument.draft("x", null, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void invalid_input_is_refused_and_nothing_is_stored() {
        long before = repository.count();
        assertThatThrownBy(() -> service.create(AssessmentDocument.draft(" ", null, null, null)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).contains("title"));
        assertThat(repository.count()).isEqualTo(before);
    }

    // ---- edit

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void author_edits_own_draft_and_the_version_moves() {
        var before = service.get(enginersDraft);
        var after = service.update(enginersDraft, before.document().withTitle("Renamed"), before.version());
        assertThat(after.document().title()).isEqualTo("Renamed");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(service.list(AssessmentFilter.mine(), PageRequest.of(0, 500)).getContent())
                .extracting(AssessmentSummary::title).contains("Renamed");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void a_stale_version_is_refused_and_the_stored_answers_stay() {
        var before = service.get(enginersDraft);
        service.update(enginersDraft, before.document().withTitle("First writer"), before.version());
        assertThatThrownBy(() -> service.update(enginersDraft, before.document().withTitle("Second writer"), before.version()))
                .isInstanceOf(StaleAssessmentException.class);
        assertThat(service.get(enginersDraft).document().title()).isEqualTo("First writer");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void an_invalid_edit_leaves_the_stored_answers_untouched() {
        var before = service.get(enginersDraft);
        assertThatThrownBy(() -> service.update(enginersDraft, before.document().withTitle(""), before.version()))
                .isInstanceOf(InvalidAssessmentException.class);
        var after = service.get(enginersDraft);
        assertThat(after.document()).isEqualTo(before.document());
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    @WithMockUser(username = TestUsers.OTHER_ENGINEER, roles = "ENGINEER")
    void another_engineer_cannot_edit() {
        assertThatThrownBy(() -> service.update(enginersSubmitted, AssessmentDocument.draft("Hijack", null, null, null), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(enginersDraft, AssessmentDocument.draft("Hijack", null, null, null), 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void admin_cannot_edit_someone_elses_answers() {
        assertThatThrownBy(() -> service.update(enginersDraft, AssessmentDocument.draft("Admin edit", null, null, null), 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void author_cannot_edit_after_submitting() {
        var submitted = service.get(enginersSubmitted);
        assertThatThrownBy(() -> service.update(enginersSubmitted, submitted.document().withTitle("Sneaky"), submitted.version()))
                .as("a lifecycle refusal (409 over the API), not a matter of rights")
                .isInstanceOf(Lifecycle.IllegalTransitionException.class)
                .hasMessageContaining("submitted");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void author_submits_a_complete_draft_and_it_becomes_read_only() {
        var draft = service.create(dev.greenlight.SampleDocuments.fraud("Complete idea"));
        var submitted = reviews.submit(draft.id(), draft.version());
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.editableByCaller()).isFalse();
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void a_title_only_draft_is_refused_naming_what_is_missing_and_stays_a_draft() {
        var draft = service.get(enginersDraft);
        assertThatThrownBy(() -> reviews.submit(enginersDraft, draft.version()))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::path).contains("financials", "summary", "problem.sponsor", "successMetric.killCriteria"));
        assertThat(service.get(enginersDraft).status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(service.get(enginersDraft).latestVersion()).isZero();
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_cannot_submit_someone_elses_draft() {
        assertThatThrownBy(() -> reviews.submit(enginersDraft, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
