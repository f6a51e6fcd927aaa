package dev.greenlight.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and read only: deliberately not a CrudRepository, so there is no update or delete to call. */
interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    long count();

    @Query("""
            select e from AuditEntry e
            where (:actor = '' or e.actor = :actor)
              and (:anyAction = true or e.action = :action)
              and (:assessmentId = -1 or e.assessmentId = :assessmentId)
              and e.occurredAt >= :from and e.occurredAt < :to
            """)
    Page<AuditEntry> search(@Param("actor") String actor,
                            @Param("anyAction") boolean anyAction,
                            @Param("action") AuditAction action,
                            @Param("assessmentId") long assessmentId,
                            @Param("from") Instant from,
                            @Param("to") Instant to,
                            Pageable pageable);

    List<AuditEntry> findByAssessmentIdOrderByOccurredAtAscIdAsc(Long assessmentId);
}
