package dev.greenlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The audit trail's filters and the V3 migration, on H2 and on PostgreSQL (null filters must bind on both). */
@org.springframework.transaction.annotation.Transactional
abstract class AuditRepositoryContract {

    @Autowired
    AuditRepository repository;

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant BEGIN = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    @BeforeEach
    void entries() {
        repository.save(new AuditEntry(T0, "erin", AuditAction.CREATED, 1L, "Created"));
        repository.save(new AuditEntry(T0.plusSeconds(60), "pat", AuditAction.DECIDED, 1L, "Approved"));
        repository.save(new AuditEntry(T0.plusSeconds(120), "mallory", AuditAction.LOGIN_FAILED, null, "Bad credentials"));
    }

    private PageRequest page() {
        return PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
    }

    @Test
    void no_filter_returns_everything_newest_first() {
        var all = repository.search("", true, null, -1, BEGIN, END, page()).getContent();
        assertThat(all).extracting(e -> e.toRecord().actor()).startsWith("mallory", "pat", "erin");
    }

    @Test
    void filters_combine_by_actor_action_assessment_and_time() {
        assertThat(repository.search("pat", true, null, -1, BEGIN, END, page()).getContent()).hasSize(1);
        assertThat(repository.search("", false, AuditAction.LOGIN_FAILED, -1, BEGIN, END, page()).getContent())
                .extracting(e -> e.toRecord().actor()).containsExactly("mallory");
        assertThat(repository.search("", true, null, 1L, BEGIN, END, page()).getContent()).hasSize(2);
        assertThat(repository.search("", true, null, -1, T0.plusSeconds(30), T0.plusSeconds(90), page()).getContent())
                .extracting(e -> e.toRecord().action()).containsExactly(AuditAction.DECIDED);
        assertThat(repository.findByAssessmentIdOrderByOccurredAtAscIdAsc(1L)).extracting(e -> e.toRecord().action())
                .containsExactly(AuditAction.CREATED, AuditAction.DECIDED);
    }
}
