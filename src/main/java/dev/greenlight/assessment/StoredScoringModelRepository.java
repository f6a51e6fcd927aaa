package dev.greenlight.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface StoredScoringModelRepository extends Repository<StoredScoringModel, Long> {

    StoredScoringModel save(StoredScoringModel model);

    Optional<StoredScoringModel> findTopByOrderByIdDesc();

    List<StoredScoringModel> findAllByOrderByIdAsc();

    long count();
}
