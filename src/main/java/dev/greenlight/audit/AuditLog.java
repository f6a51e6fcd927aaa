package dev.greenlight.audit;

import dev.greenlight.assessment.AssessmentService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. The audit module's listeners record what other modules announce, synchronously in
 * the announcing transaction, so an action and its audit entry are stored together or not at all. Who acted comes from the security context (or is given, for
 * failed sign-ins); when is UTC. There is no method that changes or removes an entry.
 */
@Service
public class AuditLog {

    static final String ANONYMOUS = "anonymous";
    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    private final AuditRepository repository;
    private final AssessmentService assessments;
    private final Clock clock;

    AuditLog(AuditRepository repository, AssessmentService assessments, Clock clock) {
        this.repository = repository;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Records an action by the signed-in caller. */
    @Transactional
    void record(AuditAction action, Long assessmentId, String detail) {
        recordAs(caller(), action, assessmentId, detail);
    }

    /** Records an action by a named actor (a failed sign-in has no signed-in caller). */
    @Transactional
    void recordAs(String actor, AuditAction action, Long assessmentId, String detail) {
        var who = actor == null || actor.isBlank() ? ANONYMOUS : truncate(actor, 64);
        repository.save(new AuditEntry(Instant.now(clock), who, action, assessmentId, truncate(detail == null ? "" : detail, AuditEntry.DETAIL_MAX)));
    }

    /** The trail of one assessment, oldest first, for anyone who may read the assessment. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRecord> forAssessment(long assessmentId) {
        assessments.get(assessmentId);
        return repository.findByAssessmentIdOrderByOccurredAtAscIdAsc(assessmentId).stream().map(AuditEntry::toRecord).toList();
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt", "id");

    /** The whole trail, newest first (whatever order the page asks for), filtered: administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditFilter filter, Pageable pageable) {
        var f = filter == null ? AuditFilter.none() : filter;
        return repository.search(f.actor() == null ? "" : f.actor().strip(), f.action() == null, f.action(),
                f.assessmentId() == null ? -1 : f.assessmentId(), f.from() == null ? BEGINNING : f.from(),
                f.to() == null ? END : f.to(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST))
                .map(AuditEntry::toRecord);
    }

    private static String caller() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? ANONYMOUS : auth.getName();
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
