package dev.greenlight.scoringmodel.ui;

import static dev.greenlight.RunAs.engineer;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.NumberField;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.review.ReviewService;
import dev.greenlight.scoringmodel.ModelEffect;
import dev.greenlight.scoringmodel.ScoringModelService;
import dev.greenlight.scoringmodel.ScoringModelVersion;
import dev.greenlight.scoringmodel.ScoringParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ViewTest
// Saves a new scoring model version: a context of its own keeps that away from other tests.
@TestPropertySource(properties = "greenlight.test.context=scoring-model-view")
class ScoringModelViewTest extends ViewTestCase {

    @Autowired
    AuditLog auditLog;
    @Autowired
    ScoringModelService models;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_new_model_version_leaves_stored_scores_alone_until_an_admin_rescores_them() {
        var before = engineer(() -> {
            var created = assessments.create(SampleDocuments.maintenance("Model change"));
            return reviews.submit(created.id(), created.version());
        });
        var other = engineer(() -> {
            var created = assessments.create(SampleDocuments.maintenance("Model change, re-scored with all"));
            return reviews.submit(created.id(), created.version());
        });
        navigate(ScoringModelView.class);
        test($(NumberField.class).id("model-valueWeight")).setValue(0.6);
        test($(Button.class).id("save-model")).click();
        assertThat($(NumberField.class).id("model-valueWeight").isInvalid()).isFalse();
        assertThat(models.current().version()).isEqualTo(before.score().modelVersion());

        test($(NumberField.class).id("model-valueWeight")).setValue(0.25);
        test($(NumberField.class).id("model-ethicsWeight")).setValue(0.35);
        test($(NumberField.class).id("model-complianceCostLevelII")).setValue(-5.0);
        test($(Button.class).id("save-model")).click();
        var cost = $(NumberField.class).id("model-complianceCostLevelII");
        assertThat(cost.isInvalid()).isTrue();
        assertThat(cost.getErrorMessage()).as("named in words, not by its JSON field")
                .startsWith("Annual compliance cost, level II").doesNotContain("complianceCostLevelII");

        test(cost).setValue(20_000.0);
        test($(Button.class).id("save-model")).click();
        var v2 = models.current().version();
        assertThat(v2).isNotEqualTo(before.score().modelVersion());

        var unchanged = assessments.get(before.id());
        assertThat(unchanged.score().modelVersion()).isEqualTo(before.score().modelVersion());
        var rescored = assessments.rescore(before.id());
        assertThat(rescored.score().modelVersion()).isEqualTo(v2);
        assertThat(assessments.version(before.id(), 1).summary().modelVersion()).isEqualTo(before.score().modelVersion());
        assertThat(auditLog.forAssessment(before.id())).extracting(a -> a.action()).contains(AuditAction.RESCORED);

        // "Re-score all" re-scores what an older model scored, each audited on its own assessment
        assertThat(assessments.get(other.id()).score().modelVersion()).isEqualTo(before.score().modelVersion());
        test($(Button.class).id("rescore-all")).click();
        assertThat(assessments.get(other.id()).score().modelVersion()).isEqualTo(v2);
        assertThat(assessments.version(other.id(), 1).summary().modelVersion()).isEqualTo(before.score().modelVersion());
        assertThat(auditLog.forAssessment(other.id())).filteredOn(a -> a.action() == AuditAction.RESCORED).singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("model " + v2).contains("→"));
        assertThat(auditLog.forAssessment(before.id())).filteredOn(a -> a.action() == AuditAction.RESCORED).hasSize(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_preview_says_whose_recommendation_would_change_and_saves_nothing() {
        var scored = engineer(() -> assessments.create(SampleDocuments.maintenance("Preview me")));
        var before = models.current();
        navigate(ScoringModelView.class);
        // a GO needs a score of 99 under the candidate: every stored GO would drop
        test($(NumberField.class).id("model-goThreshold")).setValue(99.0);
        test($(Button.class).id("preview-model")).click();
        var text = $(com.vaadin.flow.component.html.Div.class).id("model-effect").getElement().getTextRecursively();
        var effect = models.preview(new ScoringParameters(before.parameters().valueWeight(), before.parameters().confidenceWeight(),
                before.parameters().readinessWeight(), before.parameters().ethicsWeight(), 99.0, before.parameters().conditionsThreshold(),
                before.parameters().reviseThreshold(), before.parameters().complianceCostLevelII(), before.parameters().complianceCostLevelIII(),
                before.parameters().complianceCostLevelIV(), before.parameters().defaultDiscountRate()));
        assertThat(effect.moves()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.from()).isEqualTo(dev.greenlight.scoring.Recommendation.GO);
            assertThat(m.scoreAfter()).isEqualTo(m.scoreBefore());
        });
        assertThat(effect.moves()).extracting(ModelEffect.Move::id).contains(scored.id());
        assertThat(text).contains(effect.moves().size() + " recommendation").contains("would change").contains("Preview me: " + RecommendationBadge.label(dev.greenlight.scoring.Recommendation.GO) + " →");
        assertThat(models.current()).as("nothing saved").isEqualTo(before);
    }

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_model_change_that_is_rolled_back_does_not_stay_in_force() {
        var before = models.current();
        var p = before.parameters();
        var changed = new ScoringParameters(p.valueWeight(), p.confidenceWeight(), p.readinessWeight(), p.ethicsWeight(),
                p.goThreshold(), p.conditionsThreshold(), p.reviseThreshold(), p.complianceCostLevelII() + 1,
                p.complianceCostLevelIII(), p.complianceCostLevelIV(), p.defaultDiscountRate());
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(models.change(changed).version()).isNotEqualTo(before.version());
            tx.setRollbackOnly();
        });
        assertThat(models.current()).isEqualTo(before);
        assertThat(models.history()).extracting(ScoringModelVersion::version).doesNotHaveDuplicates().last().isEqualTo(before.version());
    }
}
