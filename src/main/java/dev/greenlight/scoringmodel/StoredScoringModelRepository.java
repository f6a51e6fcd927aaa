package dev.greenlight.scoringmodel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StoredScoringModelRepository extends Repository<StoredScoringModel, Long> {

    StoredScoringModel save(StoredScoringModel model);

    Optional<StoredScoringModel> findById(Long id);

    /** The id of the newest model (the one in force), or null while none was saved. */
    @Query("select max(m.id) from StoredScoringModel m")
    Long newestId();

    List<StoredScoringModel> findAllByOrderByIdAsc();

    long count();
}
