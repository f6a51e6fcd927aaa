package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputValidationTest {

    private static final GreenlightScorer SCORER = new GreenlightScorer(ScoringModel.V1.withTrials(100), EuAiActRulesFile.bundled());

    private static final List<MoneyLine> BUILD = List.of(new MoneyLine("Build", 10, 20, 30, null));
    private static final List<MoneyLine> RUN = List.of(new MoneyLine("Run", 1, 2, 3, null));
    private static final List<MoneyLine> BENEFITS = List.of(new MoneyLine("Benefit", 10, 20, 30, null));

    private static FinancialInput financials(int horizon, double rate, double p, List<MoneyLine> build,
                                             List<MoneyLine> run, List<MoneyLine> benefits, List<Double> adoption) {
        return new FinancialInput("USD", horizon, rate, p, build, run, benefits, adoption);
    }

    private static void assertRefused(FinancialInput financials, String message) {
        var input = new ScoringInput(null, financials, null, null, null);
        assertThatThrownBy(() -> SCORER.score(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static List<MoneyLine> line(double low, double likely, double high) {
        return List.of(new MoneyLine("Line", low, likely, high, Evidence.DATA));
    }

    @Test
    void null_input_and_null_financials_are_refused() {
        assertThatThrownBy(() -> SCORER.score(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input must not be null");
        assertRefused(null, "financials must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void amounts_that_are_not_finite_numbers_are_refused(double amount) {
        assertRefused(financials(1, 0.1, 1, line(0, 1, amount), RUN, BENEFITS, List.of(1.0)),
                "financials.buildCosts[0].high must be a finite number");
        assertRefused(financials(1, 0.1, 1, BUILD, line(amount, 1, 2), BENEFITS, List.of(1.0)),
                "financials.annualRunCosts[0].low must be a finite number");
        assertRefused(financials(1, 0.1, 1, BUILD, RUN, line(0, amount, 1), List.of(1.0)),
                "financials.annualBenefits[0].likely must be a finite number");
    }

    @Test
    void absurdly_large_amounts_are_refused() {
        assertRefused(financials(1, 0.1, 1, line(0, 1, 1e308), RUN, BENEFITS, List.of(1.0)),
                "financials.buildCosts[0].high must be at most 10000000000000");
        assertRefused(financials(1, 0.1, 1, BUILD, RUN, line(0, 1, 1.0000001e13), List.of(1.0)),
                "financials.annualBenefits[0].high must be at most");
    }

    @Test
    void negative_amounts_are_refused() {
        assertRefused(financials(1, 0.1, 1, line(-1, 0, 1), RUN, BENEFITS, List.of(1.0)),
                "financials.buildCosts[0].low must not be negative");
    }

    @Test
    void three_point_estimates_must_be_ordered() {
        assertRefused(financials(1, 0.1, 1, BUILD, RUN, line(5, 4, 6), List.of(1.0)),
                "financials.annualBenefits[0].low must be ≤ likely");
        assertRefused(financials(1, 0.1, 1, BUILD, line(1, 7, 6), BENEFITS, List.of(1.0)),
                "financials.annualRunCosts[0].high must be ≥ likely");
    }

    @ParameterizedTest(name = "horizon {0}")
    @ValueSource(ints = {0, 11, -1})
    void the_horizon_must_be_one_to_ten_years(int horizon) {
        var adoption = new ArrayList<Double>();
        for (int i = 0; i < Math.max(horizon, 0); i++) {
            adoption.add(1.0);
        }
        assertRefused(financials(horizon, 0.1, 1, BUILD, RUN, BENEFITS, adoption),
                "financials.horizonYears must be between 1 and 10");
    }

    @ParameterizedTest(name = "rate {0}")
    @ValueSource(doubles = {-0.01, 1.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
    void the_discount_rate_must_be_a_fraction_below_one(double rate) {
        assertRefused(financials(1, rate, 1, BUILD, RUN, BENEFITS, List.of(1.0)), "financials.discountRate");
    }

    @ParameterizedTest(name = "probability {0}")
    @ValueSource(doubles = {-0.1, 1.01, Double.NaN})
    void the_probability_of_success_must_be_a_fraction(double p) {
        assertRefused(financials(1, 0.1, p, BUILD, RUN, BENEFITS, List.of(1.0)), "financials.probabilityOfSuccess");
    }

    @Test
    void adoption_needs_one_share_per_year() {
        assertRefused(financials(2, 0.1, 1, BUILD, RUN, BENEFITS, List.of(1.0)),
                "financials.adoptionByYear must have one value per year of the horizon (2), had 1");
        assertRefused(financials(2, 0.1, 1, BUILD, RUN, BENEFITS, null), "financials.adoptionByYear");
    }

    @Test
    void adoption_shares_must_be_fractions() {
        assertRefused(financials(2, 0.1, 1, BUILD, RUN, BENEFITS, List.of(0.5, 1.2)),
                "financials.adoptionByYear[1] must be a fraction in [0, 1]");
        assertRefused(financials(2, 0.1, 1, BUILD, RUN, BENEFITS, List.of(-0.5, 1.0)),
                "financials.adoptionByYear[0]");
        assertRefused(financials(2, 0.1, 1, BUILD, RUN, BENEFITS, Arrays.asList(0.5, null)),
                "financials.adoptionByYear[1]");
        assertRefused(financials(2, 0.1, 1, BUILD, RUN, BENEFITS, List.of(0.5, Double.NaN)),
                "financials.adoptionByYear[1]");
    }

    @Test
    void an_assessment_without_any_money_line_is_refused() {
        assertRefused(financials(1, 0.1, 1, List.of(), null, List.of(), List.of(1.0)),
                "financials must contain at least one");
    }

    @Test
    void every_line_needs_a_name() {
        assertRefused(financials(1, 0.1, 1, BUILD, RUN, List.of(new MoneyLine(" ", 1, 1, 1, null)), List.of(1.0)),
                "financials.annualBenefits[0].name must not be blank");
        assertRefused(financials(1, 0.1, 1, Arrays.asList(BUILD.get(0), null), RUN, BENEFITS, List.of(1.0)),
                "financials.buildCosts[1] must not be null");
    }

    @Test
    void a_currency_is_required() {
        assertRefused(new FinancialInput(" ", 1, 0.1, 1, BUILD, RUN, BENEFITS, List.of(1.0)),
                "financials.currency must not be blank");
    }

    @Test
    void narrative_figures_must_be_finite() {
        var narrative = new NarrativeInput("T", KpiType.QUALITY, "K", null, Double.NaN, 1.0, 3);
        var input = new ScoringInput(narrative, financials(1, 0.1, 1, BUILD, RUN, BENEFITS, List.of(1.0)), null,
                null, null);
        assertThatThrownBy(() -> SCORER.score(input)).hasMessageContaining("narrative.baseline");
        var negativeMonths = new NarrativeInput("T", KpiType.QUALITY, "K", null, 1.0, 2.0, -3);
        var input2 = new ScoringInput(negativeMonths, input.financials(), null, null, null);
        assertThatThrownBy(() -> SCORER.score(input2)).hasMessageContaining("narrative.monthsToImpact");
    }

    @Test
    void ethics_collections_must_not_contain_null() {
        assertThatThrownBy(() -> new EthicsInput(null, null,
                new java.util.HashSet<>(Arrays.asList(Mitigation.KILL_SWITCH, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ethics.mitigations must not contain null");
    }
}
