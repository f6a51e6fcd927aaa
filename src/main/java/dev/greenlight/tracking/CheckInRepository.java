package dev.greenlight.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CheckInRepository extends Repository<CheckIn, Long> {

    CheckIn save(CheckIn checkIn);

    Optional<CheckIn> findByAssessmentIdAndMonthStart(long assessmentId, LocalDate monthStart);

    List<CheckIn> findByAssessmentIdOrderByMonthStartAsc(long assessmentId);
}
