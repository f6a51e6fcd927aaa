package dev.greenlight.assessment;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /**
     * Everything {@code reader} may see: their own assessments in any state, everyone's non-drafts, or all
     * of it for an admin. Paging and sorting happen in the database.
     */
    @Query("""
            select a from Assessment a
            where (a.owner = :reader or (:mineOnly = false and (:admin = true or a.status <> dev.greenlight.assessment.AssessmentStatus.DRAFT)))
              and (:title = '' or lower(a.title) like :title escape '\\')
              and (:anyStatus = true or a.status in :statuses)
            """)
    Page<Assessment> findVisible(@Param("reader") String reader,
                                 @Param("mineOnly") boolean mineOnly,
                                 @Param("admin") boolean admin,
                                 @Param("title") String titleLikePattern,
                                 @Param("anyStatus") boolean anyStatus,
                                 @Param("statuses") Collection<AssessmentStatus> statuses,
                                 Pageable pageable);

    /**
     * The review queue: submitted assessments the reader did not author, either those waiting for a product
     * manager's decision or those whose approval waits for a leadership sign-off.
     */
    @Query("""
            select a from Assessment a
            where a.status = dev.greenlight.assessment.AssessmentStatus.SUBMITTED
              and a.owner <> :reader
              and ((:signOff = false and a.awaitingSignOff is null) or (:signOff = true and a.awaitingSignOff is not null))
            """)
    Page<Assessment> findReviewQueue(@Param("reader") String reader, @Param("signOff") boolean signOff, Pageable pageable);
}
