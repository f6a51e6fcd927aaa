package dev.greenlight.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCaseWriterTest {

    private static final GreenlightScorer SCORER = new GreenlightScorer(ScoringModel.V1.withTrials(2_000));

    private static String caseFor(ScoringInput input) {
        return SCORER.score(input).businessCase();
    }

    @Test
    void fraud_case_reads_like_the_product_specification() {
        String text = caseFor(SampleInputs.fraud());

        assertThat(text).startsWith("Card fraud early warning is expected to cut annual card-fraud losses from "
                + "$13.3M to $11.3M within 9 months. Over 3 years it returns about $3.3M in today's money (P10 ");
        assertThat(text).containsPattern("\\(P10 -?\\$\\d+(\\.\\d)?M to P90 \\$\\d+(\\.\\d)?M; \\d+ % chance of paying back\\)");
        assertThat(text).contains("on a $400K build and $130K a year to run, including $10K for compliance.");
        assertThat(text).contains("That allows for a 25 % chance that the model does not work, in which case the "
                + "$400K build is lost.");
        assertThat(text).contains("Ethical risk: level II (moderate); EU AI Act: minimal risk (not high-risk: "
                + "detecting financial fraud is excluded from Annex III 5(b)) — conditions apply.");
        assertThat(text).endsWith("Recommendation: go (score 84 of 100).");
    }

    @Test
    void resume_screener_names_recruitment_under_annex_iii_4a_as_the_deciding_use() {
        String text = caseFor(SampleInputs.resumeScreener());

        assertThat(text).startsWith("Resume screening assistant is expected to cut recruiter hours per hire from "
                + "14 hours to 8 hours within 6 months.");
        assertThat(text).contains("EU AI Act: high-risk (recruitment or selection: targeted job ads, "
                + "analysing and filtering applications, evaluating candidates (Annex III, point 4(a))) — conditions apply.");
        assertThat(text).contains("Recommendation: go with conditions");
    }

    @Test
    void chatbot_uses_the_euro_and_the_german_number_format_and_names_its_transparency_duty() {
        String text = caseFor(SampleInputs.chatbot());

        assertThat(text).startsWith("Customer support assistant is expected to cut cost per support contact from "
                + "€6,50 to €4 within 4 months.");
        assertThat(text).contains("on a €120K build and €90K a year to run, including €10K for compliance.");
        assertThat(text).contains("EU AI Act: limited risk (interacts directly with people "
                + "(e.g. a chatbot) (Art. 50(1))) — conditions apply.");
    }

    @Test
    void predictive_maintenance_is_minimal_risk_without_conditions() {
        String text = caseFor(SampleInputs.predictiveMaintenance());

        assertThat(text).startsWith("Predictive maintenance for conveyor motors is expected to cut unplanned "
                + "downtime from 420 hours per year to 250 hours per year within 12 months. Over 5 years it returns "
                + "about $788K in today's money");
        assertThat(text).contains("on a $400K build and $70K a year to run.");
        assertThat(text).contains("Ethical risk: level I (minimal); EU AI Act: minimal risk. Recommendation: go");
        assertThat(text).doesNotContain("conditions apply");
    }

    @Test
    void churn_admits_the_loss_and_the_missing_baseline() {
        String text = caseFor(SampleInputs.churn());

        assertThat(text).startsWith("Churn early warning is expected to bring monthly subscriber churn to 2.1 %; "
                + "the baseline is not known yet. Over 2 years it loses about £100K in today's money");
        assertThat(text).contains("on a £180K build and £100K a year to run, including £10K for compliance.");
        assertThat(text).contains("Recommendation: no-go");
    }

    @Test
    void social_scoring_is_prohibited_whatever_the_business_case() {
        String text = caseFor(SampleInputs.socialScoring());

        assertThat(text).contains("EU AI Act: prohibited (social scoring: rating people over time on social behaviour "
                + "or personal traits, leading to detrimental treatment (Art. 5(1)(c))).");
        assertThat(text).endsWith("because the EU AI Act prohibits this practice whatever the business case.");
        assertThat(text).doesNotContain("conditions apply");
    }

    @Test
    void every_sample_reads_as_plain_sentences() {
        for (ScoringInput input : SampleInputs.all()) {
            String text = caseFor(input);
            assertThat(text).doesNotContain("null").doesNotContain("NaN").doesNotContain("  ")
                    .doesNotContain("..").doesNotContain("_");
            assertThat(text).endsWith(".");
            assertThat(text).isEqualTo(caseFor(input));
        }
    }

    @Test
    void a_missing_narrative_is_phrased_gracefully() {
        var fraud = SampleInputs.fraud();
        String text = caseFor(new ScoringInput(null, fraud.financials(), fraud.ethics(), fraud.readiness(), null));

        assertThat(text).startsWith("This project has no success metric yet. Over 3 years it returns about $3.3M");
    }

    @Test
    void a_kpi_without_baseline_or_target_is_phrased_gracefully() {
        var fraud = SampleInputs.fraud();
        var onlyName = new NarrativeInput("Fraud radar", KpiType.RISK_REDUCTION, "Fraud losses", null, null, null, 6);
        var onlyBaseline = new NarrativeInput("Fraud radar", null, "Fraud losses", "USD", 2_000_000.0, null, null);
        var onlyType = new NarrativeInput(" ", KpiType.COST_SAVINGS, null, null, null, null, 1);

        assertThat(caseFor(withNarrative(fraud, onlyName)))
                .startsWith("Fraud radar aims to improve fraud losses within 6 months; its baseline and target are "
                        + "not set yet.");
        assertThat(caseFor(withNarrative(fraud, onlyBaseline)))
                .startsWith("Fraud radar aims to improve fraud losses from $2M, but no target has been set yet.");
        assertThat(caseFor(withNarrative(fraud, onlyType)))
                .startsWith("This project is expected to deliver cost savings within 1 month, though no success "
                        + "metric has been named yet.");
    }

    @Test
    void acronyms_keep_their_capitals_and_rising_targets_read_raise() {
        var narrative = new NarrativeInput("Support copilot", KpiType.QUALITY, "NPS", null, 31.0, 40.0, null);

        assertThat(caseFor(withNarrative(SampleInputs.fraud(), narrative)))
                .startsWith("Support copilot is expected to raise NPS from 31 to 40.");
    }

    @Test
    void a_currency_without_a_local_symbol_falls_back_to_its_code() {
        var fraud = SampleInputs.fraud();
        var f = fraud.financials();
        var francs = new FinancialInput("CHF", f.horizonYears(), f.discountRate(), f.probabilityOfSuccess(),
                f.buildCosts(), f.annualRunCosts(), f.annualBenefits(), f.adoptionByYear());

        assertThat(caseFor(new ScoringInput(fraud.narrative(), francs, fraud.ethics(), fraud.readiness(), Locale.US)))
                .contains("returns about CHF 3.3M in today's money").contains("on a CHF 400K build");
    }

    @Test
    void spoken_numbers_round_the_way_people_say_them() {
        var spoken = new Spoken("USD", Locale.US);

        assertThat(spoken.money(400_000)).isEqualTo("$400K");
        assertThat(spoken.money(3_341_322)).isEqualTo("$3.3M");
        assertThat(spoken.money(2_000_000)).isEqualTo("$2M");
        assertThat(spoken.money(999_960)).isEqualTo("$1M");
        assertThat(spoken.money(4_500)).isEqualTo("$4.5K");
        assertThat(spoken.money(750)).isEqualTo("$750");
        assertThat(spoken.money(6.5)).isEqualTo("$6.50");
        assertThat(spoken.money(-1_240_000)).isEqualTo("-$1.2M");
        assertThat(spoken.money(1_500_000_000)).isEqualTo("$1.5B");
        assertThat(spoken.moneyLike(400_000, 4_100_000)).isEqualTo("$0.4M");
        assertThat(spoken.aboutMoney(3_341_322)).isEqualTo("about $3.3M");
        assertThat(spoken.aboutMoney(400_000)).isEqualTo("$400K");
        assertThat(spoken.percent(0.8244)).isEqualTo("82 %");
        assertThat(spoken.percent(0.001)).isEqualTo("under 1 %");
        assertThat(spoken.percent(0.999)).isEqualTo("over 99 %");
        assertThat(spoken.percent(1)).isEqualTo("100 %");
        assertThat(spoken.percent(0)).isEqualTo("0 %");
    }

    private static ScoringInput withNarrative(ScoringInput input, NarrativeInput narrative) {
        return new ScoringInput(narrative, input.financials(), input.ethics(), input.readiness(), input.locale());
    }

    @Test
    void a_project_without_build_or_run_costs_says_so() {
        var input = new FinancialInput("USD", 1, 0.1, 1, List.of(), List.of(),
                List.of(MoneyLine.fixed("Gift", 100_000, Evidence.DATA)), List.of(1.0));
        var ethics = new EthicsInput(SampleInputs.answers("INTERNAL_STAFF", "INFORMS_HUMAN", "NEGLIGIBLE",
                "EASILY_REVERSIBLE", "UNDER_1K", "NONE", "NOT_USED", "INTERPRETABLE", "VERIFIED"),
                null, null);

        assertThat(caseFor(new ScoringInput(null, input, ethics, null, Locale.US)))
                .contains("Over 1 year it returns about $91K in today's money")
                .contains("at no build or running cost.")
                .doesNotContain("chance that the model does not work");
    }
}
