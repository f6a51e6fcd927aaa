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
}
