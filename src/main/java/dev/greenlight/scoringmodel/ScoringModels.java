package dev.greenlight.scoringmodel;

import dev.greenlight.assessment.ScoringModelInForce;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.scoring.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring model in force: the newest one an administrator saved, or v1 while there is none. Saving never
 * edits a model, it adds the next version (v2, v3, …), so every stored score keeps pointing at what computed it.
 * The database decides which model is in force: every read checks the newest stored id (one indexed lookup)
 * and parses a model only when that changed, so a model saved on another instance, or a save rolled back,
 * is seen by the next score.
 */
@Component
class ScoringModels implements ScoringModelInForce {

    private final StoredScoringModelRepository repository;
    private volatile InForce inForce;

    /** The model parsed for a stored id (null: none stored, v1). */
    private record InForce(Long id, ScoringModel model) {
    }

    ScoringModels(StoredScoringModelRepository repository) {
        this.repository = repository;
    }

    @Override
    public ScoringModel current() {
        var newest = repository.newestId();
        var cached = inForce;
        if (cached != null && Objects.equals(cached.id(), newest)) {
            return cached.model();
        }
        var model = newest == null ? ScoringModel.V1 : repository.findById(newest).map(ScoringModels::parse).orElse(ScoringModel.V1);
        inForce = new InForce(newest, model);
        return model;
    }

    @Transactional
    ScoringModel saveNew(ScoringParameters parameters, String by, Instant now) {
        var version = "v" + (repository.count() + 2);
        var model = parameters.toModel(version, current());
        repository.save(new StoredScoringModel(version, AssessmentJson.scoreMapper().writeValueAsString(model), by, now));
        return model;
    }

    List<ScoringModelVersion> history() {
        var v1 = new ScoringModelVersion("v1", ScoringParameters.of(ScoringModel.V1), null, null);
        var saved = repository.findAllByOrderByIdAsc().stream()
                .map(s -> new ScoringModelVersion(s.getVersion(), ScoringParameters.of(parse(s)), s.getCreatedBy(), s.getCreatedAt()));
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(v1), saved).toList();
    }

    private static ScoringModel parse(StoredScoringModel stored) {
        return AssessmentJson.scoreMapper().readValue(stored.getParameters(), ScoringModel.class);
    }
}
