package dev.greenlight.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.RunAs;
import dev.greenlight.SampleDocuments;
import dev.greenlight.ServiceTest;
import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoringmodel.ScoringModelService;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Each score's EU AI Act obligations and rules version are stored beside it (V8), and "Re-score all" re-screens
 * what an older rules file screened, even when the scoring model did not change (PRODUCT.md §6.3).
 */
@ServiceTest
// Re-scores everything: a context of its own keeps that away from other tests.
@TestPropertySource(properties = "greenlight.test.context=eu-ai-act-storage")
class EuAiActStorageTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ScoringModelService models;
    @Autowired
    DataSource dataSource;

    private LocalDate reviewed(long id) {
        return JdbcClient.create(dataSource).sql("select eu_rules_reviewed from assessment where id = :id").param("id", id)
                .query(LocalDate.class).single();
    }

    @Test
    void a_score_stores_its_obligations_with_their_dates_and_the_rules_version() {
        var created = RunAs.engineer(() -> assessments.create(SampleDocuments.highRisk("Stored obligations")));
        var jdbc = JdbcClient.create(dataSource);

        var dates = jdbc.sql("select article, applies_from from assessment_obligation where assessment_id = :id order by seq")
                .param("id", created.id()).query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class)).list();
        assertThat(dates).contains("Art. 4 2025-02-02", "Art. 9 2027-12-02", "Art. 26 2027-12-02");
        assertThat(reviewed(created.id())).isEqualTo(EuAiActRulesFile.bundled().lastReviewed());
        assertThat(created.scoreResult().ethics().euAiAct().obligations()).hasSize(dates.size());
    }

    @Test
    void re_score_all_picks_up_a_newer_rules_file() {
        var created = RunAs.engineer(() -> assessments.create(SampleDocuments.fraud("Screened by older rules")));
        JdbcClient.create(dataSource).sql("update assessment set eu_rules_reviewed = :old where id = :id")
                .param("old", LocalDate.of(2026, 1, 1)).param("id", created.id()).update();

        int rescored = RunAs.admin(() -> models.rescoreAll()).scored();

        assertThat(rescored).isGreaterThanOrEqualTo(1);
        assertThat(reviewed(created.id())).isEqualTo(EuAiActRulesFile.bundled().lastReviewed());
        assertThat(RunAs.admin(() -> models.rescoreAll()).scored()).as("nothing left to re-score").isZero();
    }
}
