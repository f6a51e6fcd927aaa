package dev.greenlight.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.RunAs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.scoring.ScoringModel;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The model in force is a database fact (issue 12, item 12): a model that another instance stored — here written
 * straight into the table, past this instance's {@link ScoringModels} — scores the next assessment here.
 */
@SpringBootTest
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
}
