package dev.greenlight.review;

import java.util.List;
import org.springframework.data.repository.Repository;

interface ReviewCommentRepository extends Repository<ReviewComment, Long> {

    ReviewComment save(ReviewComment comment);

    List<ReviewComment> findByAssessmentIdOrderByCreatedAtAscIdAsc(long assessmentId);
}
