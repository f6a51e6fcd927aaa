package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.TreeSet;

/**
 * The arithmetic of PRODUCT.md §9.1 on a measured DETECTION line: the benefit at each stored threshold, the best
 * one, the Wilson intervals the simulation draws recall and the false-positive rate from, and the curve the score
 * document shows.
 */
final class OperatingCurves {

    /** The normal quantile of a two-sided 99 % interval. */
    static final double Z = 2.576;
    /** Points shown: every stored one when there are at most this many, else this many evenly spaced. */
    static final int SHOWN = 101;

    private OperatingCurves() {
    }

    /**
     * The Wilson score interval around {@code proportion} with {@code n} (effective) observations, at z = 2.576:
     * centre (p̂ + z²/2n) / (1 + z²/n), half-width z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²). It always contains p̂,
     * which stays the likely value; the ends are clamped against rounding so that low ≤ p̂ ≤ high within [0, 1].
     */
    static Range wilson(double proportion, double n) {
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (proportion + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(proportion * (1 - proportion) / n + z2 / (4 * n * n));
        double low = Math.min(proportion, Math.max(0, centre - half));
        double high = Math.max(proportion, Math.min(1, centre + half));
        return new Range(low, proportion, high);
    }

    /** P₁ = π·R / (π·R + (1 − π)·F): the share of flags that are real at the production prevalence; NaN if none. */
    static double precision(double prevalence, double recall, double falsePositiveRate) {
        double flagged = prevalence * recall + (1 - prevalence) * falsePositiveRate;
        return flagged == 0 ? Double.NaN : prevalence * recall / flagged;
    }

    /** The stored threshold with the largest B at likely values; of equal ones, the higher threshold. */
    static int bestIndex(DetectionModel model, ValidationCurve curve) {
        int best = 0;
        double bestBenefit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < curve.points().size(); i++) {
            double b = model.benefitAt(curve.recall(i), curve.falsePositiveRate(i));
            if (b >= bestBenefit) { // ascending thresholds: an equal benefit further on is the higher threshold
                best = i;
                bestBenefit = b;
            }
        }
        return best;
    }

    /** The score document's curve of a measured model (its threshold already picked). */
    static OperatingCurve of(DetectionModel model) {
        ValidationCurve curve = model.validation();
        int m = curve.points().size();
        int best = bestIndex(model, curve);
        int chosen = curve.indexOf(curve.chosenThreshold());
        var shown = new TreeSet<Integer>();
        for (int k = 0; k < SHOWN; k++) {
            shown.add((int) Math.round((double) k * (m - 1) / (SHOWN - 1)));
        }
        shown.add(best);
        shown.add(chosen);
        var points = new ArrayList<OperatingCurve.Point>(shown.size());
        for (int i : shown) {
            points.add(point(model, curve, i));
        }
        return new OperatingCurve(curve.points().get(best).threshold(), benefit(model, curve, best),
                curve.chosenThreshold(), benefit(model, curve, chosen), model.benefitAt(1, 1), model.recall(),
                model.falsePositiveRate(), points);
    }

    private static double benefit(DetectionModel model, ValidationCurve curve, int i) {
        return model.benefitAt(curve.recall(i), curve.falsePositiveRate(i));
    }

    private static OperatingCurve.Point point(DetectionModel model, ValidationCurve curve, int i) {
        double r = curve.recall(i);
        double f = curve.falsePositiveRate(i);
        double pi = model.prevalence().likely();
        double precision = precision(pi, r, f);
        return new OperatingCurve.Point(curve.points().get(i).threshold(), r, f,
                Double.isNaN(precision) ? null : precision,
                DetectionModel.alerts(model.casesPerYear().likely(), pi, r, f), benefit(model, curve, i));
    }
}
