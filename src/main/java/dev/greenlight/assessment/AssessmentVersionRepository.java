package dev.greenlight.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Versions are written once and read; there is no update or delete. */
interface AssessmentVersionRepository extends Repository<AssessmentVersion, Long> {

    AssessmentVersion save(AssessmentVersion version);

    List<AssessmentVersion> findByAssessmentIdOrderByNumberAsc(long assessmentId);

    Optional<AssessmentVersion> findByAssessmentIdAndNumber(long assessmentId, int number);
}
