package dev.greenlight.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The repository's queries and the migrations, run once on H2 and once on PostgreSQL by the subclasses. */
@org.springframework.transaction.annotation.Transactional
abstract class AssessmentRepositoryContract {

    @Autowired
    AssessmentRepository repository;
    @Autowired
    TestEntityManager em;

    private static final EnumSet<AssessmentStatus> ALL = EnumSet.allOf(AssessmentStatus.class);

    @BeforeEach
    void users() {
        for (var name : List.of("erin", "otto")) {
            em.getEntityManager().createNativeQuery("insert into app_user (username, display_name, password_hash, enabled, created_at) "
                    + "values (?, ?, 'x', true, current_timestamp)").setParameter(1, name).setParameter(2, name).executeUpdate();
        }
    }

    private Assessment save(String owner, String title, AssessmentStatus status, Instant updated) {
        var a = new Assessment(owner, AssessmentDocument.draft(title, "summary", "Team " + title.charAt(0), "statement"), updated);
        a.setStatus(status, updated);
        return em.persistFlushFind(a);
    }

    @Test
    void the_document_survives_storage_whole() throws Exception {
        var json = new String(getClass().getResourceAsStream("/sample-data/01-card-fraud-early-warning.json").readAllBytes());
        var doc = AssessmentJson.read(json);
        var saved = em.persistFlushFind(new Assessment("erin", doc, Instant.now()));
        em.clear();
        var loaded = repository.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getDocument()).isEqualTo(doc);
        assertThat(loaded.getTitle()).isEqualTo(doc.title());
        assertThat(loaded.getTeam()).isEqualTo(doc.team());
    }

    @Test
    void a_reader_sees_own_work_and_others_non_drafts_only() {
        var now = Instant.parse("2026-01-01T00:00:00Z");
        var ownDraft = save("erin", "Own draft", AssessmentStatus.DRAFT, now);
        var othersDraft = save("otto", "Others draft", AssessmentStatus.DRAFT, now);
        var othersSubmitted = save("otto", "Others submitted", AssessmentStatus.SUBMITTED, now);

        var page = repository.findVisible("erin", false, false, "", true, ALL, PageRequest.of(0, 50));
        assertThat(page.getContent()).extracting(Assessment::getId)
                .contains(ownDraft.getId(), othersSubmitted.getId()).doesNotContain(othersDraft.getId());

        var admin = repository.findVisible("someone", false, true, "", true, ALL, PageRequest.of(0, 50));
        assertThat(admin.getContent()).extracting(Assessment::getId).contains(ownDraft.getId(), othersDraft.getId(), othersSubmitted.getId());

        var mine = repository.findVisible("erin", true, false, "", true, ALL, PageRequest.of(0, 50));
        assertThat(mine.getContent()).extracting(Assessment::getId).containsExactly(ownDraft.getId());
    }

    @Test
    void title_and_status_filters_and_paging_run_in_the_database() {
        var base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 25; i++) {
            save("erin", "Fraud model " + i, i % 2 == 0 ? AssessmentStatus.DRAFT : AssessmentStatus.SUBMITTED, base.plusSeconds(i));
        }
        save("erin", "Churn 100%_sure", AssessmentStatus.DRAFT, base);

        var firstPage = repository.findVisible("erin", true, false, "%fraud%", true, ALL,
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updatedAt")));
        assertThat(firstPage.getTotalElements()).isEqualTo(25);
        assertThat(firstPage.getContent()).hasSize(10);
        assertThat(firstPage.getContent().getFirst().getTitle()).isEqualTo("Fraud model 24");

        var submitted = repository.findVisible("erin", true, false, "%fraud%", false, EnumSet.of(AssessmentStatus.SUBMITTED),
                PageRequest.of(0, 50));
        assertThat(submitted.getTotalElements()).isEqualTo(12);

        var escaped = repository.findVisible("erin", true, false, "%100\\%\\_%", true, ALL, PageRequest.of(0, 50));
        assertThat(escaped.getContent()).extracting(Assessment::getTitle).containsExactly("Churn 100%_sure");
    }

    @Test
    void sorting_by_title_is_done_by_the_database() {
        var now = Instant.now();
        save("erin", "Bravo", AssessmentStatus.DRAFT, now);
        save("erin", "Alpha", AssessmentStatus.DRAFT, now);
        save("erin", "Charlie", AssessmentStatus.DRAFT, now);
        var page = repository.findVisible("erin", true, false, "", true, ALL, PageRequest.of(0, 2, Sort.by("title")));
        assertThat(page.getContent()).extracting(Assessment::getTitle).containsExactly("Alpha", "Bravo");
    }

    @Test
    void every_save_increments_the_version() {
        var a = save("erin", "Versioned", AssessmentStatus.DRAFT, Instant.now());
        long v0 = a.getVersion();
        a.setDocument(a.getDocument().withTitle("Versioned again"), Instant.now());
        em.flush();
        assertThat(a.getVersion()).isEqualTo(v0 + 1);
    }

    @Test
    void an_owner_must_be_a_known_user() {
        assertThatThrownBy(() -> em.persistAndFlush(new Assessment("nobody", AssessmentDocument.draft("x", null, null, null), Instant.now())))
                .isInstanceOf(Exception.class);
    }

    @Test
    void the_review_queue_lists_submitted_work_of_others_oldest_submission_first_split_by_sign_off() {
        var t = Instant.parse("2026-03-01T09:00:00Z");
        var newer = em.persistFlushFind(new Assessment("erin", AssessmentDocument.draft("Queue newer", null, null, null), t));
        newer.submit("erin", t.plusSeconds(600), null);
        var older = em.persistFlushFind(new Assessment("erin", AssessmentDocument.draft("Queue older", null, null, null), t));
        older.submit("erin", t.plusSeconds(60), null);
        var awaiting = em.persistFlushFind(new Assessment("erin", AssessmentDocument.draft("Queue awaiting", null, null, null), t));
        awaiting.submit("erin", t.plusSeconds(30), null);
        awaiting.awaitSignOff(WorkflowAction.APPROVE, t.plusSeconds(900));
        var own = em.persistFlushFind(new Assessment("otto", AssessmentDocument.draft("Queue own", null, null, null), t));
        own.submit("otto", t, null);
        em.flush();
        var byOldest = PageRequest.of(0, 50, Sort.by("submittedAt", "id"));
        assertThat(repository.findReviewQueue("otto", false, byOldest).getContent()).extracting(Assessment::getTitle)
                .containsSubsequence("Queue older", "Queue newer").doesNotContain("Queue awaiting", "Queue own");
        assertThat(repository.findReviewQueue("otto", true, byOldest).getContent()).extracting(Assessment::getTitle)
                .containsExactly("Queue awaiting");
    }
}
