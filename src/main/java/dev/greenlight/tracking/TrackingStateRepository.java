package dev.greenlight.tracking;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface TrackingStateRepository extends Repository<TrackingState, Long> {

    TrackingState save(TrackingState state);

    Optional<TrackingState> findById(long assessmentId);

    /** Open re-reviews of others' assessments, oldest first. */
    Page<TrackingState> findByReReviewSinceIsNotNullAndOwnerNotOrderByReReviewSinceAscAssessmentIdAsc(String owner, Pageable pageable);

    long countByReReviewSinceIsNotNullAndOwnerNot(String owner);

    /** Every assessment that has reported a month: the candidates of the track record (PRODUCT.md §10.2). */
    @org.springframework.data.jpa.repository.Query("select s.assessmentId from TrackingState s order by s.assessmentId")
    java.util.List<Long> reportingAssessmentIds();
}
