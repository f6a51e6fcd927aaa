package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PRODUCT.md §9.1 against hand-computed numbers: the curve kept of ten weighted rows, the Wilson interval, the
 * benefit at a threshold, the best threshold and its ties, and the curve the score document shows.
 */
class OperatingCurveTest {

    /** score, label (1 positive), weight: P = 6, Q = 7, Σw² = 8 and 13. */
    private static final double[][] ROWS = {
            {0.9, 1, 1}, {0.8, 1, 1}, {0.8, 0, 1}, {0.7, 1, 2}, {0.6, 0, 1},
            {0.5, 1, 1}, {0.4, 0, 3}, {0.3, 0, 1}, {0.2, 1, 1}, {0.1, 0, 1}};

    static ValidationCurve tenRows() {
        var distinct = new CurveTally.DistinctScores();
        for (double[] row : ROWS) {
            distinct.add(row[0]);
        }
        return tally(distinct.values());
    }

    private static ValidationCurve tally(double[] thresholds) {
        var tally = new CurveTally(thresholds);
        for (double[] row : ROWS) {
            tally.add(row[0], row[1] == 1, row[2]);
        }
        return tally.curve("ten.csv");
    }

    /** N = 1,000,000, π = 1 %, v = 100, c = 2, nothing caught today: B = 980,000·R − 1,980,000·F. */
    static DetectionModel model(ValidationCurve curve, double costPerAlert) {
        return DetectionModel.measured(Range.fixed(1_000_000), Range.fixed(0.01), Range.fixed(100),
                Range.fixed(costPerAlert), 0, null, curve);
    }

    @Test
    void the_curve_keeps_every_distinct_score_with_exact_weighted_counts_at_or_above_it() {
        ValidationCurve curve = tenRows();

        assertThat(curve.rows()).isEqualTo(10);
        assertThat(curve.positives()).isEqualTo(6);
        assertThat(curve.negatives()).isEqualTo(7);
        assertThat(curve.effectivePositives()).isEqualTo(36.0 / 8);
        assertThat(curve.effectiveNegatives()).isEqualTo(49.0 / 13);
        assertThat(curve.points()).extracting(ValidationCurve.Point::threshold)
                .containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
        assertThat(curve.points()).extracting(ValidationCurve.Point::tp).containsExactly(6.0, 6.0, 5.0, 5.0, 5.0, 4.0,
                4.0, 2.0, 1.0);
        assertThat(curve.points()).extracting(ValidationCurve.Point::fp).containsExactly(7.0, 6.0, 6.0, 5.0, 2.0, 2.0,
                1.0, 1.0, 0.0);
    }

    @Test
    void rows_below_the_lowest_threshold_count_in_the_totals_but_in_no_point() {
        ValidationCurve curve = tally(new double[]{0.3, 0.6, 0.9});

        assertThat(curve.positives()).isEqualTo(6);
        assertThat(curve.negatives()).isEqualTo(7);
        assertThat(curve.points()).containsExactly(new ValidationCurve.Point(0.3, 5, 6),
                new ValidationCurve.Point(0.6, 4, 2), new ValidationCurve.Point(0.9, 1, 0));
    }

    @Test
    void unweighted_rows_have_effective_sizes_equal_to_their_counts() {
        var tally = new CurveTally(new double[]{0.5});
        for (int i = 0; i < 30; i++) {
            tally.add(i / 30.0, i % 3 == 0, 1);
        }
        ValidationCurve curve = tally.curve(null);
        assertThat(curve.effectivePositives()).isEqualTo(curve.positives()).isEqualTo(10);
        assertThat(curve.effectiveNegatives()).isEqualTo(curve.negatives()).isEqualTo(20);
    }

    @Test
    void more_than_a_thousand_distinct_scores_stop_the_distinct_pass() {
        var distinct = new CurveTally.DistinctScores();
        for (int i = 0; i < 1_000; i++) {
            distinct.add(i);
            distinct.add(i); // a repeat is not a new score
        }
        assertThat(distinct.exceeded()).isFalse();
        assertThat(distinct.values()).hasSize(1_000);
        distinct.add(-0.5);
        assertThat(distinct.exceeded()).isTrue();
    }

    @Test
    void a_tally_refuses_what_no_csv_row_may_hold() {
        var tally = new CurveTally(new double[]{0.5});
        assertThatThrownBy(() -> tally.add(Double.NaN, true, 1)).hasMessageContaining("score");
        assertThatThrownBy(() -> tally.add(0.5, true, 0)).hasMessageContaining("weight");
        assertThatThrownBy(() -> tally.add(0.5, true, Double.POSITIVE_INFINITY)).hasMessageContaining("weight");
        assertThatThrownBy(() -> new CurveTally(new double[]{0.5, 0.5})).hasMessageContaining("ascending");
        assertThatThrownBy(() -> new CurveTally(new double[1_001])).hasMessageContaining("1 to 1000");
    }

    @Test
    void wilson_interval_at_99_percent_matches_the_formula_worked_by_hand() {
        // p̂ = 0.8, n = 100: centre (0.8 + 6.635776/200) / 1.06635776, half 2.576/1.06635776 · √(0.0016 + 0.000165894)
        Range r = OperatingCurves.wilson(0.8, 100);
        assertThat(r.low()).isCloseTo(0.6798176258, within(1e-9));
        assertThat(r.likely()).isEqualTo(0.8);
        assertThat(r.high()).isCloseTo(0.8828453214, within(1e-9));
        assertThat(OperatingCurves.wilson(0.05, 1_000).low()).isCloseTo(0.0350242529, within(1e-9));
        assertThat(OperatingCurves.wilson(0, 50)).isEqualTo(new Range(0, 0, OperatingCurves.wilson(0, 50).high()));
        assertThat(OperatingCurves.wilson(1, 50).high()).isEqualTo(1);
    }

    @Test
    void benefit_at_a_threshold_prices_recall_and_false_positives_at_the_production_prevalence() {
        DetectionModel m = model(tenRows(), 2);
        // at 0.7: R = 4/6, F = 1/7: 980,000 × 4/6 − 1,980,000 / 7
        assertThat(m.benefitAt(4.0 / 6, 1.0 / 7)).isCloseTo(370_476.19, within(0.01));
        assertThat(m.benefitAt(1, 1)).isCloseTo(-1_000_000, within(1e-6));
        // P₁ = π·R / (π·R + (1 − π)·F) = 0.01 × 4/6 / (0.01 × 4/6 + 0.99/7)
        assertThat(m.likelyPrecision()).isCloseTo(0.0066667 / (0.0066667 + 0.1414286), within(1e-5));
    }

    @Test
    void the_best_threshold_maximises_the_benefit_and_is_picked_when_none_is_chosen() {
        DetectionModel m = model(tenRows(), 2);
        OperatingCurve c = OperatingCurves.of(m);

        assertThat(c.bestThreshold()).isEqualTo(0.7);
        assertThat(c.chosenThreshold()).isEqualTo(0.7);
        assertThat(c.benefitAtBest()).isCloseTo(370_476.19, within(0.01));
        assertThat(c.benefitAtChosen()).isEqualTo(c.benefitAtBest()).isEqualTo(m.likelyBenefit());
        assertThat(c.benefitIfAllFlagged()).isCloseTo(-1_000_000, within(1e-6));
        // recall 4/6 on 4.5 effective positives, F 1/7 on 49/13 effective negatives
        assertThat(c.recallRange().low()).isCloseTo(0.1901432980, within(1e-9));
        assertThat(c.recallRange().high()).isCloseTo(0.9445576874, within(1e-9));
        assertThat(c.falsePositiveRateRange().low()).isCloseTo(0.0101114938, within(1e-9));
        assertThat(c.falsePositiveRateRange().high()).isCloseTo(0.7311373346, within(1e-9));
        assertThat(m.recall()).isEqualTo(c.recallRange());
        assertThat(m.falsePositiveRate()).isEqualTo(c.falsePositiveRateRange());
    }

    @Test
    void of_equal_benefits_the_higher_threshold_is_best() {
        // alerts cost nothing: B = 1,000,000·R, and thresholds 0.1 and 0.2 both catch every positive
        assertThat(OperatingCurves.of(model(tenRows(), 0)).bestThreshold()).isEqualTo(0.2);
    }

    @Test
    void a_chosen_threshold_is_kept_and_compared_with_the_best() {
        DetectionModel m = model(tenRows().withChosenThreshold(0.5), 2);
        OperatingCurve c = OperatingCurves.of(m);

        assertThat(c.chosenThreshold()).isEqualTo(0.5);
        assertThat(c.benefitAtChosen()).isCloseTo(250_952.38, within(0.01));
        assertThat(c.bestThreshold()).isEqualTo(0.7);
        assertThat(m.recall().likely()).isEqualTo(5.0 / 6);
    }

    @Test
    void every_point_shows_recall_false_positives_precision_alerts_and_money() {
        OperatingCurve c = OperatingCurves.of(model(tenRows(), 2));

        assertThat(c.points()).hasSize(9);
        OperatingCurve.Point at08 = c.points().get(7);
        assertThat(at08.threshold()).isEqualTo(0.8);
        assertThat(at08.recall()).isEqualTo(2.0 / 6);
        assertThat(at08.falsePositiveRate()).isEqualTo(1.0 / 7);
        assertThat(at08.alertsPerYear()).isCloseTo(144_761.90, within(0.01));
        assertThat(at08.precision()).isCloseTo(1_000_000 * 0.01 * 2 / 6 / 144_761.904762, within(1e-9));
        assertThat(at08.annualBenefit()).isCloseTo(43_809.52, within(0.01));
    }

    @Test
    void a_long_curve_shows_101_evenly_spaced_points_plus_the_best_and_the_chosen() {
        var points = new ArrayList<ValidationCurve.Point>();
        for (int i = 0; i < 1_000; i++) { // tp and fp fall as the threshold rises
            points.add(new ValidationCurve.Point(i, 1_000 - i, 2 * (1_000 - i)));
        }
        var curve = new ValidationCurve("long.csv", 3_000, 1_000, 2_000, 1_000, 2_000, points, 333.0);
        OperatingCurve c = OperatingCurves.of(model(curve, 2));

        List<Double> thresholds = c.points().stream().map(OperatingCurve.Point::threshold).toList();
        assertThat(thresholds).contains(0.0, 999.0, 333.0, c.bestThreshold()).isSorted();
        // k·999/100 rounded, k = 0..100: 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 (9.99 → 10) ...
        assertThat(thresholds).contains(10.0, 500.0, 989.0).doesNotContain(1.0);
        var expected = new java.util.TreeSet<Double>(List.of(333.0, c.bestThreshold()));
        for (int k = 0; k <= 100; k++) {
            expected.add((double) Math.round(k * 999.0 / 100));
        }
        assertThat(thresholds).containsExactlyElementsOf(expected);
    }

    @Test
    void the_measured_benefit_is_the_stated_one_with_precision_computed_from_prevalence() {
        DetectionModel measured = model(tenRows(), 2);
        double p1 = measured.likelyPrecision();
        var stated = new DetectionModel(Range.fixed(1_000_000), Range.fixed(0.01), Range.fixed(100), Range.fixed(2),
                Range.fixed(4.0 / 6), Range.fixed(p1), 0, null);
        assertThat(measured.likelyBenefit()).isCloseTo(stated.likelyBenefit(), within(1e-6));
    }

    @Test
    void a_threshold_that_is_not_stored_is_refused_naming_the_field() {
        var line = MoneyLine.derived("Fraud losses avoided", model(tenRows().withChosenThreshold(0.55), 2), null);
        var input = new FinancialInput("USD", 3, 0.1, 0.8, List.of(MoneyLine.fixed("Build", 100_000, null)),
                List.of(), List.of(line), List.of(1.0, 1.0, 1.0));
        assertThatThrownBy(() -> new FinancialModel(input, 0)).hasMessage("financials.annualBenefits[0].derivedFrom"
                + ".validation.chosenThreshold must be one of the stored thresholds, was 0.55");
    }

    @Test
    void a_curve_whose_counts_rise_with_the_threshold_is_refused() {
        var points = List.of(new ValidationCurve.Point(0.1, 5, 5), new ValidationCurve.Point(0.2, 6, 4));
        var curve = new ValidationCurve(null, 20, 10, 10, 10, 10, points, null);
        assertThat(ValueModelRules.curveProblem(curve)).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo("points[1].tp");
            assertThat(p.message()).contains("not above the previous point's");
        });
        assertThat(ValueModelRules.curveProblem(tenRows())).isEmpty();
    }
}
