package dev.greenlight.tracking;

import java.util.List;
import org.springframework.data.repository.Repository;

interface TrackingDecisionRepository extends Repository<TrackingDecision, Long> {

    TrackingDecision save(TrackingDecision decision);

    List<TrackingDecision> findByAssessmentIdOrderByDecidedAtAscIdAsc(long assessmentId);
}
