package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GreenlightScorerTest {

    private static final GreenlightScorer SCORER = new GreenlightScorer(ScoringModel.V1.withTrials(2_000), EuAiActRulesFile.bundled());

    @Test
    void value_maps_the_risked_benefit_cost_ratio_onto_a_log_scale() {
        assertThat(GreenlightScorer.valueScore(1, 50, 100)).isCloseTo(0, within(1e-12));
        assertThat(GreenlightScorer.valueScore(1, 100, 100)).isCloseTo(50, within(1e-12));
        assertThat(GreenlightScorer.valueScore(0.5, 400, 100)).isCloseTo(100, within(1e-12));
        assertThat(GreenlightScorer.valueScore(1, 141.4213562373095, 100)).isCloseTo(75, within(1e-9));
        assertThat(GreenlightScorer.valueScore(1, 10, 100)).isZero();
        assertThat(GreenlightScorer.valueScore(1, 1_000, 100)).isEqualTo(100);
    }

    @Test
    void value_is_zero_without_benefits_and_full_without_costs() {
        assertThat(GreenlightScorer.valueScore(1, 0, 100)).isZero();
        assertThat(GreenlightScorer.valueScore(0, 500, 100)).isZero();
        assertThat(GreenlightScorer.valueScore(0.5, 500, 0)).isEqualTo(100);
        assertThat(GreenlightScorer.valueScore(1, 0, 0)).isZero();
    }

    @Test
    void readiness_is_eight_equal_parts_with_money_weighted_evidence() {
        // fraud: build 400K BENCHMARK + run 120K guess + benefits 2M DATA → 2.4M of 2.52M backed
        var fraud = SampleInputs.fraud();
        double share = 2_400_000.0 / 2_520_000.0;

        assertThat(GreenlightScorer.evidenceShare(fraud.financials())).isCloseTo(share, within(1e-12));
        assertThat(GreenlightScorer.readinessScore(fraud.readiness(), fraud.financials()))
                .isCloseTo(100 * (7 + share) / 8, within(1e-9));
        assertThat(GreenlightScorer.readinessScore(null, fraud.financials()))
                .isCloseTo(100 * share / 8, within(1e-9));
    }

    @Test
    void lines_without_evidence_count_as_guesses_and_all_zero_lines_count_once_each() {
        var input = new FinancialInput("USD", 1, 0.1, 1, List.of(MoneyLine.fixed("Build", 0, Evidence.DATA)),
                List.of(MoneyLine.fixed("Run", 0, null)), List.of(), List.of(1.0));

        assertThat(GreenlightScorer.evidenceShare(input)).isEqualTo(0.5);
    }

    @Test
    void ethics_subscore_is_the_unused_share_of_maximum_risk() {
        assertThat(GreenlightScorer.ethicsScore(0)).isEqualTo(100);
        assertThat(GreenlightScorer.ethicsScore(16.5)).isEqualTo(50);
        assertThat(GreenlightScorer.ethicsScore(33)).isZero();
    }

    @Test
    void the_score_is_the_weighted_sum_of_the_subscores() {
        var result = SCORER.score(SampleInputs.fraud());
        Subscores s = result.subscores();

        assertThat(result.score()).isCloseTo(0.35 * s.value() + 0.25 * s.confidence() + 0.15 * s.readiness()
                + 0.25 * s.ethics(), within(1e-9));
        assertThat(s.confidence()).isEqualTo(100 * result.financials().monteCarlo().probabilityNpvPositive());
        assertThat(s.ethics()).isCloseTo(100 * (1 - 13.0 / 33), within(1e-9));
        assertThat(result.modelVersion()).isEqualTo("v1");
    }

    @Test
    void the_fraud_case_reproduces_the_score_document_figures() {
        var result = SCORER.score(SampleInputs.fraud());

        assertThat(result.financials().cashFlows()).containsExactly(-400_000.0, 870_000.0, 1_870_000.0,
                1_870_000.0);
        assertThat(result.financials().npv()).isCloseTo(3_341_322.3, within(0.05));
        assertThat(result.financials().riskAdjustedNpv()).isCloseTo(2_405_991.7, within(0.05));
        assertThat(result.financials().complianceCost()).isEqualTo(10_000);
        assertThat(result.financials().annualRunCost()).isEqualTo(120_000);
        assertThat(result.financials().buildCost()).isEqualTo(400_000);
        assertThat(result.financials().currency()).isEqualTo("USD");
        assertThat(result.ethics().level()).isEqualTo(EthicsLevel.II);
        assertThat(result.ethics().euAiActTier()).as("fraud detection is the Annex III 5(b) carve-out")
                .isEqualTo(EuAiActTier.MINIMAL);
        assertThat(result.ethics().euAiAct().rulesReviewed()).isEqualTo(EuAiActRulesFile.bundled().lastReviewed().toString());
    }

    @Test
    void every_sample_gets_a_sensible_recommendation() {
        assertThat(SCORER.score(SampleInputs.fraud()).recommendation()).as("not high-risk, level II: nothing caps it")
                .isEqualTo(Recommendation.GO);
        assertThat(SCORER.score(SampleInputs.resumeScreener()).recommendation())
                .isIn(Recommendation.GO_WITH_CONDITIONS, Recommendation.REVISE, Recommendation.NO_GO);
        assertThat(SCORER.score(SampleInputs.chatbot()).recommendation()).isEqualTo(Recommendation.GO);
        assertThat(SCORER.score(SampleInputs.predictiveMaintenance()).recommendation()).isEqualTo(Recommendation.GO);
        assertThat(SCORER.score(SampleInputs.churn()).recommendation()).isEqualTo(Recommendation.NO_GO);
        assertThat(SCORER.score(SampleInputs.socialScoring()).recommendation()).isEqualTo(Recommendation.NO_GO);
    }

    @Test
    void missing_required_controls_and_high_risk_duties_become_conditions() {
        var conditions = SCORER.score(SampleInputs.fraud()).conditions();

        assertThat(conditions).containsExactly(
                Mitigation.PRODUCTION_MONITORING.condition(),
                Mitigation.DOCUMENTATION.condition());

        var resume = SCORER.score(SampleInputs.resumeScreener()).conditions();
        assertThat(resume).anySatisfy(c -> assertThat(c).startsWith("Register and document as a high-risk system "
                + "(Art. 6(2), Annex III, point 4(a)): risk management system (Art. 9); data and data governance "
                + "(Art. 10)").endsWith("— required from 2 December 2027"));
        assertThat(resume).anySatisfy(c -> assertThat(c).startsWith("As deployer of a high-risk system")
                .contains("(Art. 26)").endsWith("— required from 2 December 2027"));
    }

    @Test
    void level_four_adds_leadership_sign_off_and_every_missing_control() {
        var ethics = new EthicsInput(null, new EuAiActAnswers(null, null, null, null, true, null, null, null, null, null),
                Set.of());
        var result = SCORER.score(new ScoringInput(null, SampleInputs.fraud().financials(), ethics, null, null));

        assertThat(result.ethics().level()).isEqualTo(EthicsLevel.IV);
        assertThat(result.conditions()).contains("Put human oversight in place before launch, with the authority "
                + "to override the system");
        assertThat(result.conditions()).anySatisfy(c -> assertThat(c).startsWith("Obtain leadership sign-off"));
        assertThat(result.conditions()).anySatisfy(c -> assertThat(c).contains("(Art. 6(1), Annex I)")
                .endsWith("required from 2 August 2028"));
        assertThat(result.conditions()).as("6 controls, sign-off, provider and deployer duties (no role given)")
                .hasSize(6 + 1 + 2);
        assertThat(result.recommendation()).isIn(Recommendation.REVISE, Recommendation.NO_GO);
    }

    @Test
    void the_article_6_4_and_article_50_duties_become_conditions() {
        var ethics = new EthicsInput(SampleInputs.answers("INTERNAL_STAFF", "INFORMS_HUMAN", "NEGLIGIBLE",
                "EASILY_REVERSIBLE", "UNDER_1K", "NONE", "NOT_USED", "INTERPRETABLE", "VERIFIED"),
                new EuAiActAnswers(EuAiActRole.PROVIDER, false, "NONE", Set.of(), false, Set.of("III_3_B"),
                        Set.of("NARROW_PROCEDURAL_TASK"), false, "NONE", Set.of("SYNTHETIC_CONTENT")),
                Set.of());
        var result = SCORER.score(new ScoringInput(null, SampleInputs.fraud().financials(), ethics, null, null));

        assertThat(result.conditions()).hasSize(2);
        assertThat(result.conditions().get(0)).startsWith("Document why the Annex III system is not high-risk and "
                + "register it: document the assessment").contains("(Art. 6(4))").contains("(Art. 49(2))")
                .endsWith("— required from 2 December 2027");
        assertThat(result.conditions().get(1)).isEqualTo("Meet the transparency duty: mark generated audio, image, "
                + "video or text as artificially generated, in a machine-readable and detectable way (Art. 50(2)) "
                + "— required from 2 August 2026");
    }

    @Test
    void a_prohibited_practice_has_no_conditions_because_none_can_make_it_approvable() {
        assertThat(SCORER.score(SampleInputs.socialScoring()).conditions()).isEmpty();
    }

    @Test
    void the_explanation_gives_each_subscore_its_contribution_and_drivers() {
        var result = SCORER.score(SampleInputs.fraud());

        assertThat(result.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("Value 100/100 contributes 35.0 points: each $1 of expected cost returns $4.21 of "
                        + "expected benefit after the 75 % chance of technical success"));
        assertThat(result.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("The estimate that moves NPV most is \"Fraud losses avoided\""));
        assertThat(result.explanation()).anySatisfy(line -> assertThat(line).startsWith("Confidence ")
                .endsWith(": NPV is positive in 75 % of 2,000 simulated outcomes; 8 of 10 results are between a loss "
                        + "of $0.4M and a gain of $3.9M (median $3M)."));
        assertThat(result.explanation()).anySatisfy(line -> assertThat(line).startsWith("Readiness 99/100"));
        assertThat(result.explanation()).anySatisfy(line -> assertThat(line).startsWith("Ethics 61/100")
                .contains("level II (moderate)"));
        assertThat(result.explanation()).anySatisfy(line -> assertThat(line)
                .isEqualTo("EU AI Act: minimal risk, because it uses no prohibited practice, is not high-risk and has "
                        + "no transparency duty (not high-risk: detecting financial fraud is excluded from Annex III 5(b))."));

        var resume = SCORER.score(SampleInputs.resumeScreener());
        assertThat(resume.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("EU AI Act: high-risk, because the screening classifies it high-risk (recruitment or "
                        + "selection"));
    }

    @Test
    void the_explanation_names_weak_readiness_items_unanswered_questions_and_the_way_down() {
        var churn = SampleInputs.churn();
        var ethics = new EthicsInput(SampleInputs.answers("CONSUMERS", "RECOMMENDS_TO_HUMAN"), null, Set.of());
        var result = SCORER.score(new ScoringInput(churn.narrative(), churn.financials(), ethics, churn.readiness(),
                churn.locale()));

        assertThat(result.explanation()).contains("Still missing: a known baseline, a measurement method, kill "
                + "criteria, a model metric linked to the KPI and a named sponsor.");
        assertThat(result.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("7 risk questions are unanswered and counted as worst case: How badly can a wrong "
                        + "decision hurt someone?"));
        assertThat(result.ethics().unanswered()).hasSize(7);
        assertThat(result.explanation()).anySatisfy(line -> assertThat(line).startsWith("Adding ")
                .contains("would lower the ethics level to III"));
    }
}
