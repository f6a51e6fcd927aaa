package dev.greenlight.assessment;

import dev.greenlight.scoring.ScoringModel;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The scoring model in force: the newest one an administrator saved, or v1 while there is none. Saving never
 * edits a model, it adds the next version (v2, v3, …), so every stored score keeps pointing at what computed it.
 */
@Component
class ScoringModels {

    private final StoredScoringModelRepository repository;
    private volatile ScoringModel current;

    ScoringModels(StoredScoringModelRepository repository) {
        this.repository = repository;
    }

    ScoringModel current() {
        var model = current;
        if (model == null) {
            model = repository.findTopByOrderByIdDesc().map(ScoringModels::parse).orElse(ScoringModel.V1);
            current = model;
        }
        return model;
    }

    @Transactional
    ScoringModel saveNew(ScoringParameters parameters, String by, Instant now) {
        var version = "v" + (repository.count() + 2);
        var model = parameters.toModel(version, current());
        repository.save(new StoredScoringModel(version, AssessmentJson.scoreMapper().writeValueAsString(model), by, now));
        current = model;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a save that is rolled back (say its audit entry failed) must not stay in force
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        reload();
                    }
                }
            });
        }
        return model;
    }

    List<ScoringModelVersion> history() {
        var v1 = new ScoringModelVersion("v1", ScoringParameters.of(ScoringModel.V1), null, null);
        var saved = repository.findAllByOrderByIdAsc().stream()
                .map(s -> new ScoringModelVersion(s.getVersion(), ScoringParameters.of(parse(s)), s.getCreatedBy(), s.getCreatedAt()));
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(v1), saved).toList();
    }

    /** Forgets the cached model: the next read takes the newest stored one. */
    void reload() {
        current = null;
    }

    private static ScoringModel parse(StoredScoringModel stored) {
        return AssessmentJson.scoreMapper().readValue(stored.getParameters(), ScoringModel.class);
    }
}
