package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** PRODUCT.md §6.1 and §6.2 worked by hand: the arithmetic is written out beside each expectation. */
class ValueModelTest {

    /** Σ 1/1.1^t for t = 1..3: adoption 1 every year, so A = D. */
    private static final double A = 1 / 1.1 + 1 / 1.21 + 1 / 1.331;

    static DetectionModel fraudModel() {
        // 100,000 cases, 2 % real, $500 saved per real case caught, $20 per alert worked;
        // the model: recall 0.8 at precision 0.5; today's rules: recall 0.4 at precision 0.2
        return new DetectionModel(new Range(80_000, 100_000, 120_000), new Range(0.015, 0.02, 0.03),
                new Range(300, 500, 600), new Range(15, 20, 30), new Range(0.7, 0.8, 0.85), new Range(0.4, 0.5, 0.6),
                0.4, 0.2);
    }

    static AutomationModel invoiceModel() {
        // 200,000 invoices, 60 % automated, 6 minutes saved each at $45 an hour, 2 % errors at $50 each
        return new AutomationModel(new Range(180_000, 200_000, 230_000), new Range(0.5, 0.6, 0.7),
                new Range(4, 6, 8), Range.fixed(45), new Range(0.01, 0.02, 0.05), new Range(30, 50, 80));
    }

    static FinancialInput withBenefit(MoneyLine benefit, AlternativeInput alternative) {
        return new FinancialInput("USD", 3, 0.10, 1.0, List.of(MoneyLine.fixed("Build", 500_000, Evidence.DATA)),
                List.of(MoneyLine.fixed("Run", 100_000, Evidence.DATA)), List.of(benefit), List.of(1.0, 1.0, 1.0),
                alternative);
    }

    @Test
    void detection_benefit_and_figures_by_hand() {
        var line = MoneyLine.derived("Fraud losses avoided", fraudModel(), Evidence.DATA);
        // positives N·π = 100,000 × 0.02 = 2,000
        // value: 500 × 2,000 × (0.8 − 0.4) = 400,000
        // alerts: model 2,000 × 0.8 / 0.5 = 3,200; today 2,000 × 0.4 / 0.2 = 4,000; change −800 × $20 = −16,000
        // B = 400,000 − (−16,000) = 416,000
        assertThat(line.likely()).isCloseTo(416_000, within(1e-6));

        var model = new FinancialModel(withBenefit(line, null), 0);
        // NPV = −500,000 + A × (416,000 − 100,000)
        double npv = -500_000 + A * 316_000;
        assertThat(model.npv()).isCloseTo(npv, within(1e-6));

        DerivedBenefit f = ValueModels.figures(model).getFirst();
        assertThat(f.kind()).isEqualTo(ValueModelKind.DETECTION);
        assertThat(f.annualBenefit()).isCloseTo(416_000, within(1e-6));
        // a point of recall: 2,000 × 0.01 × (500 − 20 / 0.5) = 20 × 460 = 9,200
        assertThat(f.valuePerRecallPoint()).isCloseTo(9_200, within(1e-6));
        // a point of precision: 20 × 2,000 × 0.8 × (1/0.5 − 1/0.51) = 32,000 × (2 − 1/0.51)
        assertThat(f.valuePerPrecisionPoint()).isCloseTo(32_000 * (2 - 1 / 0.51), within(1e-6));
        // NPV is linear in recall with slope A × 2,000 × 460: the root is 0.8 − NPV / (A × 920,000)
        assertThat(f.breakEvenRecall()).isCloseTo(0.8 - npv / (A * 920_000), within(1e-12));
        // NPV(P) = K − A × 20 × 2,000 × 0.8 / P with K = NPV + A × 32,000 / 0.5, zero at P = A × 32,000 / K
        assertThat(f.breakEvenPrecision()).isCloseTo(A * 32_000 / (npv + A * 32_000 / 0.5), within(1e-12));
        assertThat(f.valuePerAutomationPoint()).isNull();
    }

    @Test
    void automation_benefit_and_figures_by_hand() {
        var line = MoneyLine.derived("Invoice handling saved", invoiceModel(), Evidence.BENCHMARK);
        // per automated task: 6 × 45 / 60 = 4.50 saved, 0.02 × 50 = 1.00 lost to errors: 3.50 net
        // B = 200,000 × 0.6 × 3.50 = 420,000
        assertThat(line.likely()).isCloseTo(420_000, within(1e-6));
        var model = new FinancialModel(withBenefit(line, null), 0);
        double npv = -500_000 + A * 320_000;
        assertThat(model.npv()).isCloseTo(npv, within(1e-6));

        DerivedBenefit f = ValueModels.figures(model).getFirst();
        // a point of automation: 200,000 × 0.01 × 3.50 = 7,000
        assertThat(f.valuePerAutomationPoint()).isCloseTo(7_000, within(1e-9));
        // NPV linear in a with slope A × 200,000 × 3.50
        assertThat(f.breakEvenAutomationRate()).isCloseTo(0.6 - npv / (A * 700_000), within(1e-12));
        // NPV falls by A × 200,000 × 0.6 × 50 = A × 6,000,000 per unit of error rate
        assertThat(f.breakEvenErrorRate()).isCloseTo(0.02 + npv / (A * 6_000_000), within(1e-12));
        assertThat(f.breakEvenRecall()).isNull();
    }

    @Test
    void break_evens_are_null_when_no_value_in_range_zeroes_npv() {
        // $20 per alert at precision 0.02 is $1,000 per real case caught, more than the $500 it saves
        var losing = new DetectionModel(Range.fixed(100_000), Range.fixed(0.02), Range.fixed(500), Range.fixed(20),
                Range.fixed(0.8), Range.fixed(0.02), 0, null);
        DerivedBenefit f = ValueModels.figures(new FinancialModel(
                withBenefit(MoneyLine.derived("Losing", losing, null), null), 0)).getFirst();
        assertThat(f.valuePerRecallPoint()).isNegative();
        assertThat(f.breakEvenRecall()).isNull();
        // NPV(P) = K − alertCost/P with K = −500,000 − 100,000 A + A × 500 × 2,000 × 0.8 = −500,000 + 700,000 A > 0
        assertThat(f.breakEvenPrecision()).isNotNull();

        // today's rules flag 50 cases for each real one (precision 0.01): replacing them pays even at recall 0,
        // B(0) = 500 × 500,000 × (0 − 0.5) − 20 × (0 − 500,000 × 0.5 / 0.01) = 375M a year, so the root is below 0
        var huge = new DetectionModel(Range.fixed(1e6), Range.fixed(0.5), Range.fixed(500), Range.fixed(20),
                Range.fixed(0.8), Range.fixed(0.5), 0.5, 0.01);
        assertThat(ValueModels.figures(new FinancialModel(withBenefit(MoneyLine.derived("Huge", huge, null), null), 0))
                .getFirst().breakEvenRecall()).isNull();

        // errors free of cost: no error rate changes NPV
        var free = new AutomationModel(Range.fixed(1_000), Range.fixed(0.5), Range.fixed(10), Range.fixed(60),
                Range.fixed(0.1), Range.fixed(0));
        assertThat(ValueModels.figures(new FinancialModel(withBenefit(MoneyLine.derived("Free", free, null), null), 0))
                .getFirst().breakEvenErrorRate()).isNull();
    }

    @Test
    void alternative_by_hand_and_what_ai_adds() {
        var alternative = new AlternativeInput("Tighter rules", 0.9,
                List.of(MoneyLine.fixed("Rules work", 100_000, null)), List.of(MoneyLine.fixed("Upkeep", 20_000, null)),
                List.of(MoneyLine.fixed("Losses avoided", 150_000, null)), null);
        var input = withBenefit(MoneyLine.derived("Fraud losses avoided", fraudModel(), Evidence.DATA), alternative);
        var result = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).financials(input, EthicsLevel.I);
        AlternativeResult alt = result.alternative();
        // cash flows −100,000 then 150,000 − 20,000 = 130,000 a year (adoption shared with the AI option: 1, 1, 1)
        assertThat(alt.cashFlows()).containsExactly(-100_000.0, 130_000.0, 130_000.0, 130_000.0);
        double npv = -100_000 + A * 130_000;
        assertThat(alt.npv()).isCloseTo(npv, within(1e-6));
        // risk-adjusted: 0.9 × NPV + 0.1 × (−100,000)
        assertThat(alt.riskAdjustedNpv()).isCloseTo(0.9 * npv - 10_000, within(1e-6));
        // payback: −100,000 + 130,000 turns positive within year 1 after 100/130 of it
        assertThat(alt.paybackMonths()).isCloseTo(12 * 100_000 / 130_000.0, within(1e-9));
        // AI option with p = 1: its risk-adjusted NPV is its NPV, −500,000 + A × 316,000
        assertThat(alt.incrementalRiskAdjustedNpv()).isCloseTo(-500_000 + A * 316_000 - (0.9 * npv - 10_000),
                within(1e-6));
        assertThat(alt.irr()).isNotNull();
        assertThat(alt.probabilityBeatsAlternative()).isBetween(0.0, 1.0);
        assertThat(alt.returnsAsMuch()).isFalse();
    }

    @Test
    void an_alternative_that_returns_as_much_caps_the_recommendation_at_revise() {
        var alternative = new AlternativeInput("Hire two analysts", 1.0, List.of(), List.of(),
                List.of(MoneyLine.fixed("Losses avoided", 2_000_000, null)), null);
        var plain = new ScoringInput(null, withBenefit(MoneyLine.fixed("Fraud losses avoided", 5_000_000, Evidence.DATA),
                null), fullyMitigated(), ReadinessInput.none(), Locale.US);
        var capped = new ScoringInput(null, withBenefit(MoneyLine.fixed("Fraud losses avoided", 5_000_000, Evidence.DATA),
                alternative), fullyMitigated(), ReadinessInput.none(), Locale.US);
        var scorer = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled());
        ScoreResult without = scorer.score(plain);
        ScoreResult with = scorer.score(capped);
        assertThat(without.recommendation().ordinal()).isLessThan(Recommendation.REVISE.ordinal());
        // the alternative returns 2,000,000 × A ≈ 4.97M, the AI option −500,000 + 4,900,000 × A ≈ 11.7M: no cap
        assertThat(with.recommendation()).isEqualTo(without.recommendation());

        var better = new AlternativeInput("Hire two analysts", 1.0, List.of(), List.of(),
                List.of(MoneyLine.fixed("Losses avoided", 5_000_000, null)), null);
        ScoreResult cappedResult = scorer.score(new ScoringInput(null, withBenefit(
                MoneyLine.fixed("Fraud losses avoided", 5_000_000, Evidence.DATA), better), fullyMitigated(),
                ReadinessInput.none(), Locale.US));
        // the alternative: 5,000,000 × A with no costs, the AI option the same less build and run: the non-AI way wins
        assertThat(cappedResult.financials().alternative().returnsAsMuch()).isTrue();
        assertThat(cappedResult.recommendation()).isEqualTo(Recommendation.REVISE);
        assertThat(cappedResult.score()).isEqualTo(without.score());
        assertThat(cappedResult.explanation()).anySatisfy(line -> assertThat(line)
                .contains("capped at revise because the non-AI way (Hire two analysts) returns at least as much"));
        assertThat(cappedResult.method()).isEqualTo(ScoreResult.METHOD);
    }

    @Test
    void tornado_has_one_row_per_uncertain_input_named_after_line_and_input() {
        var line = MoneyLine.derived("Fraud losses avoided", fraudModel(), Evidence.DATA);
        var input = withBenefit(line, null);
        List<TornadoRow> rows = Sensitivity.tornado(input, 0);
        assertThat(rows).extracting(TornadoRow::line).containsExactlyInAnyOrder("Build", "Run",
                "Fraud losses avoided: cases a year", "Fraud losses avoided: prevalence",
                "Fraud losses avoided: value per true positive", "Fraud losses avoided: cost per alert",
                "Fraud losses avoided: recall", "Fraud losses avoided: precision");
        TornadoRow recall = rows.stream().filter(r -> r.line().endsWith(": recall")).findFirst().orElseThrow();
        // recall 0.7: B falls by 10 points × 9,200 = 92,000 a year
        double npv = -500_000 + A * 316_000;
        assertThat(recall.npvAtLow()).isCloseTo(npv - A * 92_000, within(1e-6));
        assertThat(recall.npvAtHigh()).isCloseTo(npv + A * 46_000, within(1e-6));

        var invoice = withBenefit(MoneyLine.derived("Invoices", invoiceModel(), null), null);
        assertThat(Sensitivity.tornado(invoice, 0)).extracting(TornadoRow::line)
                .doesNotContain("Invoices: cost per hour") // known exactly: no row
                .contains("Invoices: automation rate", "Invoices: error rate");
    }

    @Test
    void the_words_say_what_a_point_is_worth_and_where_it_breaks_even() {
        var alternative = new AlternativeInput("Tighter rules", 0.9,
                List.of(MoneyLine.fixed("Rules work", 100_000, null)), List.of(),
                List.of(MoneyLine.fixed("Losses avoided", 150_000, null)), null);
        var input = new ScoringInput(NarrativeInput.untitled(), withBenefit(MoneyLine.derived("Fraud losses avoided",
                fraudModel(), Evidence.DATA), alternative), fullyMitigated(), ReadinessInput.none(), Locale.US);
        ScoreResult r = new GreenlightScorer(ScoringModel.V1, EuAiActRulesFile.bundled()).score(input);
        DerivedBenefit f = r.financials().derivedBenefits().getFirst();
        String breakEven = ValueNarrative.rate(f.breakEvenRecall(), new Spoken("USD", Locale.US));
        assertThat(r.businessCase()).contains("Each point of recall is worth $9.2K a year; the project breaks even at "
                + "a recall of " + breakEven + " (today's process catches 40 %, the model is expected to reach 80 %; "
                // at recall 0.4 only the alerts change: 20 × 2,000 × 0.4 × (1/0.2 − 1/0.5) = 48,000
                + "even at today's recall its sharper alerts would save $48K a year in alerts worked).");
        assertThat(r.businessCase()).contains("Tighter rules would return").contains("the model adds")
                .contains("of simulated outcomes");
        assertThat(r.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("\"Fraud losses avoided\" is derived from model performance: $416K a year"));
    }

    @Test
    void the_engine_refuses_a_derived_cost_and_inputs_out_of_range_naming_the_path() {
        var derived = MoneyLine.derived("Derived", fraudModel(), null);
        var costs = new FinancialInput("USD", 3, 0.1, 1, List.of(derived), List.of(), List.of(), List.of(1.0, 1.0, 1.0));
        assertThatThrownBy(() -> InputValidator.validate(costs)).hasMessageStartingWith(
                "financials.buildCosts[0].derivedFrom is allowed only on financials.annualBenefits");
        var badRecall = fraudModel().withInput(DetectionModel.RECALL, 1.2);
        assertThatThrownBy(() -> InputValidator.validate(withBenefit(MoneyLine.derived("B", badRecall, null), null)))
                .hasMessageStartingWith("financials.annualBenefits[0].derivedFrom.recall.low must be in (0, 1]");
        var forged = new MoneyLine("B", 1, 1, 1, null, fraudModel());
        assertThatThrownBy(() -> InputValidator.validate(withBenefit(forged, null)))
                .hasMessageContaining("its amounts must be the model's benefit");
        var noBaselinePrecision = new DetectionModel(Range.fixed(1), Range.fixed(0.5), Range.fixed(1), Range.fixed(1),
                Range.fixed(0.5), Range.fixed(0.5), 0.3, null);
        assertThatThrownBy(() -> InputValidator.validate(withBenefit(
                new MoneyLine("B", 0, 0, 0, null, noBaselinePrecision), null)))
                .hasMessageStartingWith("financials.annualBenefits[0].derivedFrom.baselinePrecision is required");
    }

    static EthicsInput fullyMitigated() {
        var answers = new java.util.EnumMap<RiskQuestion, String>(RiskQuestion.class);
        for (RiskQuestion q : RiskQuestion.values()) {
            answers.put(q, q.options().keySet().iterator().next());
        }
        return new EthicsInput(answers, new EuAiActAnswers(null, false, null, java.util.Set.of(), false, java.util.Set.of(),
                java.util.Set.of(), false, null, java.util.Set.of()), java.util.EnumSet.allOf(Mitigation.class));
    }
}
