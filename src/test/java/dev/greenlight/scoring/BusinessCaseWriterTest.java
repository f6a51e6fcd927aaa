package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The business case as leadership reads it. Figures are checked by hand from the sample inputs (PRODUCT.md §3.1);
 * only the simulated range comes from the seeded Monte Carlo, whose P10 is a failed trial losing its drawn build.
 */
class BusinessCaseWriterTest {

    private static final GreenlightScorer SCORER = new GreenlightScorer(ScoringModel.V1.withTrials(2_000), EuAiActRulesFile.bundled());
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private static String caseFor(ScoringInput input) {
        return SCORER.score(input).businessCase();
    }

    @Test
    void fraud_case_leads_with_the_risk_adjusted_value_and_says_what_leadership_asks() {
        // risk-adjusted NPV = 0.75 × 3,341,322 − 0.25 × 400,000 = 2,405,992; payback = 12 × 400,000 / 870,000 = 5.5
        // months; year 2 at full adoption = 2,000,000 − 120,000 − 10,000 compliance = 1,870,000
        assertThat(caseFor(SampleInputs.fraud())).isEqualTo("Card fraud early warning, sponsored by VP Payments, is "
                + "expected to return about $2.4M in today's money over 3 years, after a 25 % chance that the model does "
                + "not work and its $400K build is lost. It aims to cut annual card-fraud losses from $13.3M to $11.3M "
                + "within 9 months. If the model works it returns about $3.3M and pays back its build in about 6 months; "
                + "once fully adopted in year 2 it saves about $1.9M a year after running costs of $130K (including $10K "
                + "for compliance). In 8 of 10 simulated outcomes the result is between a loss of $0.4M and a gain of "
                + "$3.9M; it makes money in 75 % of them. Before building, knowing whether the model works is worth up "
                + "to about $106K: a pilot that finds out for less than that pays for itself. Kill criterion: Stop the rollout and revert to the rule engine "
                + "if, after 3 months in the A/B test, recall at the 0.5 % alert rate is below 0.50 or fraud losses in "
                + "the treatment group are not at least 8 % lower than in control (and 2 more in the success metric). "
                + "Ethical risk: level II (moderate); EU AI Act: minimal risk (not high-risk: detecting financial fraud "
                + "is excluded from Annex III 5(b)) — conditions apply. Recommendation: go (score 84 of 100).");
    }

    @Test
    void the_plain_npv_comes_only_after_the_risk_adjusted_value_and_is_labelled_if_the_model_works() {
        for (ScoringInput input : SampleInputs.all()) {
            ScoreResult result = SCORER.score(input);
            var spoken = new Spoken(result.financials().currency(), input.locale());
            double riskAdjusted = result.financials().riskAdjustedNpv();
            String headline = SENTENCE_END.split(result.businessCase())[0];

            assertThat(headline).contains(spoken.aboutMoney(Math.abs(riskAdjusted)) + " in today's money")
                    .contains(riskAdjusted < 0 ? "is expected to lose" : "is expected to return")
                    .contains("chance that the model does not work");
            assertThat(result.businessCase()).contains("If the model works it ");
        }
    }

    @Test
    void a_certain_model_has_no_failure_clause_and_names_its_build_with_the_payback() {
        var fraud = SampleInputs.fraud();
        String text = caseFor(withFinancials(fraud, probability(fraud.financials(), 1)));

        // NPV = −400,000 + 870,000 / 1.1 + 1,870,000 / 1.1² + 1,870,000 / 1.1³ = 3,341,322
        assertThat(text).startsWith("Card fraud early warning, sponsored by VP Payments, is expected to return about "
                + "$3.3M in today's money over 3 years. It aims to cut annual card-fraud losses from $13.3M to $11.3M "
                + "within 9 months. It pays back its $400K build in about 6 months; once fully adopted in year 2 it saves "
                + "about $1.9M a year after running costs of $130K (including $10K for compliance). In 8 of 10 simulated "
                + "outcomes the result is between ");
        assertThat(text).doesNotContain("chance that the model does not work").doesNotContain("If the model works");
    }

    @Test
    void a_loss_making_case_says_it_loses_money_both_ways_and_never_pays_back() {
        // risk-adjusted NPV = 0.6 × −100,281 − 0.4 × 180,000 = −132,168; cash flows −180,000, 0, 100,000 at 12 %;
        // year 2 = 200,000 − 90,000 − 10,000 compliance = 100,000
        assertThat(caseFor(SampleInputs.churn())).startsWith("Churn early warning is expected to lose about £132K in "
                + "today's money over 2 years, after a 40 % chance that the model does not work and its £180K build is "
                + "lost. It aims to bring monthly subscriber churn to 2.1 %; the baseline is not known yet. If the model "
                + "works it still loses about £100K and does not pay back its build within the 2 years; once fully "
                + "adopted in year 2 it earns £100K a year after running costs of £100K (including £10K for "
                + "compliance). In 8 of 10 simulated outcomes the result is a loss of between £6.4K and £234K; it makes "
                + "money in 9 % of them. No sponsor has been named and no kill criterion has been set. ")
                .endsWith("Recommendation: no-go (score 20 of 100).");
    }

    @Test
    void a_case_without_sponsor_or_kill_criterion_says_both_are_missing() {
        var fraud = SampleInputs.fraud();
        var none = accountable(fraud.narrative(), null, " ", List.of());
        var sponsorOnly = accountable(fraud.narrative(), "VP Payments", null, null);
        var killOnly = accountable(fraud.narrative(), "  ", "Stop if recall is below 0.5\nafter 3 months", null);

        String neither = caseFor(withNarrative(fraud, none));
        assertThat(neither).startsWith("Card fraud early warning is expected to return about $2.4M")
                .contains(" No sponsor has been named and no kill criterion has been set. Ethical risk:");
        assertThat(caseFor(withNarrative(fraud, sponsorOnly))).contains(" No kill criterion has been set. Ethical risk:")
                .doesNotContain("No sponsor");
        assertThat(caseFor(withNarrative(fraud, killOnly))).startsWith("Card fraud early warning is expected")
                .contains(" No sponsor has been named. Kill criterion: Stop if recall is below 0.5 after 3 months. "
                        + "Ethical risk:");
    }

    @Test
    void measurable_kill_rules_are_said_in_their_own_words_before_the_free_text() {
        var fraud = SampleInputs.fraud();
        var one = accountable(fraud.narrative(), "VP Payments", SampleInputs.FRAUD_KILL_CRITERIA,
                List.of("Stop if production Recall at 0.5% alert rate is below 0.50 from month 6"));
        var two = accountable(fraud.narrative(), "VP Payments", SampleInputs.FRAUD_KILL_CRITERIA,
                List.of("Stop if production Recall at 0.5% alert rate is below 0.50 from month 6",
                        " Stop if cumulative net cash is below -200,000 from month 12. "));

        assertThat(caseFor(withNarrative(fraud, one)))
                .contains(" Kill criterion: stop if production Recall at 0.5% alert rate is below 0.50 from month 6. ")
                .doesNotContain("revert to the rule engine");
        assertThat(caseFor(withNarrative(fraud, two))).contains(" Kill criteria: stop if production Recall at 0.5% "
                + "alert rate is below 0.50 from month 6; stop if cumulative net cash is below -200,000 from month 12. ");
    }

    @Test
    void a_currency_without_a_local_symbol_reads_its_code_in_every_figure() {
        var fraud = SampleInputs.fraud();
        var f = fraud.financials();
        var francs = new FinancialInput("CHF", f.horizonYears(), f.discountRate(), f.probabilityOfSuccess(),
                f.buildCosts(), f.annualRunCosts(), f.annualBenefits(), f.adoptionByYear());

        assertThat(caseFor(new ScoringInput(fraud.narrative(), francs, fraud.ethics(), fraud.readiness(), Locale.US)))
                .contains("is expected to return about CHF 2.4M in today's money over 3 years, after a 25 % chance that "
                        + "the model does not work and its CHF 400K build is lost.")
                .contains("If the model works it returns about CHF 3.3M and pays back its build in about 6 months; "
                        + "once fully adopted in year 2 it saves about CHF 1.9M a year after running costs of CHF 130K "
                        + "(including CHF 10K for compliance).")
                .contains("the result is between a loss of CHF 0.4M and a gain of CHF 3.9M;");
    }

    @Test
    void dollars_in_a_german_locale_keep_the_symbol_and_take_the_decimal_comma() {
        var fraud = SampleInputs.fraud();
        String text = caseFor(new ScoringInput(fraud.narrative(), fraud.financials(), fraud.ethics(), fraud.readiness(),
                Locale.GERMANY));

        assertThat(text).startsWith("Card fraud early warning, sponsored by VP Payments, is expected to return about "
                + "$2,4M in today's money over 3 years, after a 25 % chance that the model does not work and its $400K "
                + "build is lost. It aims to cut annual card-fraud losses from $13,3M to $11,3M within 9 months.")
                .contains("it saves about $1,9M a year").contains("between a loss of $0,4M and a gain of $3,9M");
    }

    @Test
    void chatbot_uses_the_euro_and_the_german_number_format_and_names_its_transparency_duty() {
        // risk-adjusted NPV = 0.85 × 256,581 − 0.15 × 120,000 = 200,094; cumulative −120,000, −60,000, +120,000:
        // payback = 12 × (1 + 60,000 / 180,000) = 16 months exactly; year 3 = 300,000 − 80,000 − 10,000 = 210,000
        String text = caseFor(SampleInputs.chatbot());

        assertThat(text).startsWith("Customer support assistant is expected to return about €200K in today's money "
                + "over 3 years, after a 15 % chance that the model does not work and its €120K build is lost. It aims "
                + "to cut cost per support contact from €6,50 to €4 within 4 months. If the model works it returns about "
                + "€257K and pays back its build in 16 months; once fully adopted in year 3 it saves €210K a year after "
                + "running costs of €90K (including €10K for compliance).");
        assertThat(text).contains("EU AI Act: limited risk (interacts directly with people "
                + "(e.g. a chatbot) (Art. 50(1))) — conditions apply.");
    }

    @Test
    void predictive_maintenance_pays_back_in_years_and_has_no_conditions() {
        // cumulative −400,000, −320,000, −40,000, +390,000: payback = 12 × (2 + 40,000 / 430,000) = 25.1 months
        String text = caseFor(SampleInputs.predictiveMaintenance());

        assertThat(text).contains("If the model works it returns about $788K and pays back its build in about 2.1 "
                + "years; once fully adopted in year 3 it saves $430K a year after running costs of $70K.");
        assertThat(text).contains("Ethical risk: level I (minimal); EU AI Act: minimal risk. Recommendation: go");
        assertThat(text).doesNotContain("conditions apply");
    }

    @Test
    void adoption_that_never_reaches_everyone_is_named_by_its_peak() {
        var fraud = SampleInputs.fraud();
        var f = fraud.financials();
        var partial = new FinancialInput(f.currency(), f.horizonYears(), f.discountRate(), f.probabilityOfSuccess(),
                f.buildCosts(), f.annualRunCosts(), f.annualBenefits(), List.of(0.3, 0.6, 0.8));

        // year 3 = 0.8 × 2,000,000 − 130,000 = 1,470,000
        assertThat(caseFor(withFinancials(fraud, partial)))
                .contains("at its highest adoption, 80 % in year 3, it saves about $1.5M a year after running costs");
    }

    @Test
    void resume_screener_names_recruitment_under_annex_iii_4a_as_the_deciding_use() {
        String text = caseFor(SampleInputs.resumeScreener());

        assertThat(text).startsWith("Resume screening assistant is expected to return about $320K in today's money");
        assertThat(text).contains("It aims to cut recruiter hours per hire from 14 hours to 8 hours within 6 months.");
        assertThat(text).contains("EU AI Act: high-risk (recruitment or selection: targeted job ads, "
                + "analysing and filtering applications, evaluating candidates (Annex III, point 4(a))) — conditions apply.");
        assertThat(text).contains("Recommendation: go with conditions");
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
    void every_sample_reads_as_a_few_plain_sentences_in_one_money_format() {
        for (ScoringInput input : SampleInputs.all()) {
            String text = caseFor(input);
            assertThat(text).doesNotContain("null").doesNotContain("NaN").doesNotContain("  ")
                    .doesNotContain("..").doesNotContain("_").doesNotContain("P10").doesNotContain("P90");
            assertThat(text).doesNotContainPattern("\\d{3}[,.]\\d{3}"); // no table-style 1,587,498 in prose
            assertThat(text).endsWith(".");
            assertThat(SENTENCE_END.split(text)).as(text).hasSizeLessThanOrEqualTo(8); // seven of prose and the verdict
            assertThat(text).isEqualTo(caseFor(input));
        }
    }

    @Test
    void a_missing_narrative_is_phrased_gracefully() {
        var fraud = SampleInputs.fraud();
        String text = caseFor(new ScoringInput(null, fraud.financials(), fraud.ethics(), fraud.readiness(), null));

        assertThat(text).startsWith("This project is expected to return about $2.4M in today's money over 3 years, "
                + "after a 25 % chance that the model does not work and its $400K build is lost. It has no success "
                + "metric yet. If the model works it returns about $3.3M");
        assertThat(text).contains("No sponsor has been named and no kill criterion has been set.");
    }

    @Test
    void a_kpi_without_baseline_or_target_is_phrased_gracefully() {
        var fraud = SampleInputs.fraud();
        var onlyName = new NarrativeInput("Fraud radar", KpiType.RISK_REDUCTION, "Fraud losses", null, null, null, 6);
        var onlyBaseline = new NarrativeInput("Fraud radar", null, "Fraud losses", "USD", 2_000_000.0, null, null);
        var onlyType = new NarrativeInput(" ", KpiType.COST_SAVINGS, null, null, null, null, 1);

        assertThat(caseFor(withNarrative(fraud, onlyName)))
                .contains(" It aims to improve fraud losses within 6 months; its baseline and target are not set yet. ");
        assertThat(caseFor(withNarrative(fraud, onlyBaseline)))
                .contains(" It aims to improve fraud losses from $2M, but no target has been set yet. ");
        assertThat(caseFor(withNarrative(fraud, onlyType))).startsWith("This project is expected to return")
                .contains(" It is meant to deliver cost savings within 1 month, though no success metric has been "
                        + "named yet. ");
    }

    @Test
    void acronyms_keep_their_capitals_and_rising_targets_read_raise() {
        var narrative = new NarrativeInput("Support copilot", KpiType.QUALITY, "NPS", null, 31.0, 40.0, null);

        assertThat(caseFor(withNarrative(SampleInputs.fraud(), narrative)))
                .contains(" It aims to raise NPS from 31 to 40. ");
    }

    @Test
    void a_project_without_build_or_run_costs_says_so() {
        var gift = new FinancialInput("USD", 1, 0.1, 1, List.of(), List.of(),
                List.of(MoneyLine.fixed("Gift", 100_000, Evidence.DATA)), List.of(1.0));
        var ethics = new EthicsInput(SampleInputs.answers("INTERNAL_STAFF", "INFORMS_HUMAN", "NEGLIGIBLE",
                "EASILY_REVERSIBLE", "UNDER_1K", "NONE", "NOT_USED", "INTERPRETABLE", "VERIFIED"),
                null, null);

        // NPV = 100,000 / 1.1 = 90,909, the same in every trial
        assertThat(caseFor(new ScoringInput(null, gift, ethics, null, Locale.US)))
                .startsWith("This project is expected to return about $91K in today's money over 1 year. It has no "
                        + "success metric yet. It needs no build; once fully adopted in year 1 it saves $100K a year with "
                        + "no running costs. In 8 of 10 simulated outcomes the result is about $91K; it makes money in "
                        + "all of them.")
                .doesNotContain("chance that the model does not work");

        var uncertainGift = probability(gift, 0.5);
        assertThat(caseFor(new ScoringInput(null, uncertainGift, ethics, null, Locale.US)))
                .startsWith("This project is expected to return about $45K in today's money over 1 year, after a 50 % "
                        + "chance that the model does not work. It has no success metric yet. If the model works it "
                        + "returns about $91K and needs no build;");
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

    @Test
    void ranges_are_said_as_gains_and_losses_on_one_scale() {
        var spoken = new Spoken("EUR", Locale.US);

        assertThat(spoken.range(200_000, 2_900_000)).isEqualTo("between €0.2M and €2.9M");
        assertThat(spoken.range(-428_310, 3_855_123)).isEqualTo("between a loss of €0.4M and a gain of €3.9M");
        assertThat(spoken.range(-1_064_193, -286_843)).isEqualTo("a loss of between €0.3M and €1.1M");
        assertThat(spoken.range(-20_000, 4_100_000)).isEqualTo("between €0 and €4.1M");
        assertThat(spoken.range(-4_100_000, -20_000)).isEqualTo("between a loss of €4.1M and €0");
        assertThat(spoken.range(90_909, 90_910)).isEqualTo("about €91K");
    }

    @Test
    void durations_are_said_in_months_then_years() {
        var spoken = new Spoken("USD", Locale.US);

        assertThat(spoken.duration(0.2)).isEqualTo("under a month");
        assertThat(spoken.duration(1)).isEqualTo("1 month");
        assertThat(spoken.duration(5.517)).isEqualTo("about 6 months");
        assertThat(spoken.duration(16)).isEqualTo("16 months");
        assertThat(spoken.duration(13.8)).isEqualTo("about 14 months");
        assertThat(spoken.duration(24)).isEqualTo("2 years");
        assertThat(spoken.duration(25.116)).isEqualTo("about 2.1 years");
        assertThat(new Spoken("EUR", Locale.GERMANY).duration(30)).isEqualTo("2,5 years");
    }

    private static ScoringInput withNarrative(ScoringInput input, NarrativeInput narrative) {
        return new ScoringInput(narrative, input.financials(), input.ethics(), input.readiness(), input.locale());
    }

    private static NarrativeInput accountable(NarrativeInput n, String sponsor, String killCriteria,
                                              List<String> killRules) {
        return new NarrativeInput(n.title(), n.kpiType(), n.kpiName(), n.unit(), n.baseline(), n.target(),
                n.monthsToImpact(), sponsor, killCriteria, killRules);
    }

    private static ScoringInput withFinancials(ScoringInput input, FinancialInput financials) {
        return new ScoringInput(input.narrative(), financials, input.ethics(), input.readiness(), input.locale());
    }

    private static FinancialInput probability(FinancialInput f, double p) {
        return new FinancialInput(f.currency(), f.horizonYears(), f.discountRate(), p, f.buildCosts(),
                f.annualRunCosts(), f.annualBenefits(), f.adoptionByYear());
    }
}
