package dev.greenlight.tracking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MetricSourceRepository extends JpaRepository<MetricSource, Long> {

    List<MetricSource> findByAssessmentIdOrderByLineAscInputAsc(long assessmentId);

    @Query("select distinct s.assessmentId from MetricSource s order by s.assessmentId")
    List<Long> assessmentsWithSources();

    void deleteByAssessmentId(long assessmentId);
}
