package dev.greenlight.scoringmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.RunAs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ServiceTest;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.scoring.ScoringModel;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The model in force is a database fact (issue 12, item 12): a model that another instance stored — here written
 * straight into the table, past this instance's {@link ScoringModels} — scores the next assessment here.
 */
@ServiceTest
// Adds a scoring model version: a context of its own keeps that away from other tests.
@TestPropertySource(properties = "greenlight.test.context=scoring-model-in-force")
class ScoringModelInForceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ScoringModelService models;
    @Autowired
    StoredScoringModelRepository stored;

    @Test
    void a_model_saved_by_another_instance_scores_the_next_assessment() {
        var before = RunAs.engineer(() -> assessments.create(SampleDocuments.fraud("Scored before the other instance saved")));
        var version = "v" + (stored.count() + 2);
        assertThat(before.score().modelVersion()).isNotEqualTo(version);

        var theirs = ScoringParameters.of(ScoringModel.V1).toModel(version, ScoringModel.V1);
        stored.save(new StoredScoringModel(version, AssessmentJson.scoreMapper().writeValueAsString(theirs), "admin", Instant.now()));

        var after = RunAs.engineer(() -> assessments.create(SampleDocuments.fraud("Scored after the other instance saved")));
        assertThat(after.score().modelVersion()).isEqualTo(version);
        assertThat(RunAs.admin(() -> models.current()).version()).isEqualTo(version);
    }

    @Test
    void saves_at_the_same_moment_each_get_their_own_version() throws Exception {
        var parameters = ScoringParameters.of(ScoringModel.V1);
        for (int round = 0; round < 5; round++) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var saves = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(3)) {
                for (int i = 0; i < 3; i++) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        return RunAs.admin(() -> models.change(parameters)).version();
                    }));
                }
                start.countDown();
                var versions = new java.util.HashSet<String>();
                for (var save : saves) {
                    versions.add(save.get());
                }
                assertThat(versions).as("round %d", round).hasSize(3);
            }
        }
        var history = RunAs.admin(() -> models.history()).stream().map(ScoringModelVersion::version).toList();
        assertThat(history).doesNotHaveDuplicates();
    }
}
