package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * Counts validation rows into a {@link ValidationCurve} (PRODUCT.md §9.1) with memory bounded by the thresholds,
 * not by the rows. The thresholds come first: all distinct scores when there are at most
 * {@link ValidationCurve#MAX_POINTS} ({@link DistinctScores} finds them in a first pass), otherwise the caller's
 * quantiles of the score distribution. This pass then counts every row exactly: a row adds its weight to the
 * bucket of the highest threshold at or below its score, and each point's tp and fp are the sums of the buckets
 * from the top down, so tp and fp never rise with the threshold and never exceed P and Q, even after rounding.
 * <p>
 * Rows are checked as numbers only; a reader of text reports where a bad row is, so it checks before it adds.
 */
public final class CurveTally {

    private final double[] thresholds;
    /** Per threshold, the weight of the rows scoring at or above it and below the next. */
    private final double[] positiveWeight;
    private final double[] negativeWeight;
    private double positiveBelow;
    private double negativeBelow;
    private double positiveSquares;
    private double negativeSquares;
    private long positiveRows;
    private long negativeRows;

    /** @param thresholds ascending, distinct and finite; 1 to {@link ValidationCurve#MAX_POINTS} of them */
    public CurveTally(double[] thresholds) {
        if (thresholds.length == 0 || thresholds.length > ValidationCurve.MAX_POINTS) {
            throw new IllegalArgumentException("a curve has 1 to " + ValidationCurve.MAX_POINTS + " thresholds, was "
                    + thresholds.length);
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (!Double.isFinite(thresholds[i]) || i > 0 && !(thresholds[i] > thresholds[i - 1])) {
                throw new IllegalArgumentException("thresholds must be finite and ascending, at " + i + ": "
                        + thresholds[i]);
            }
        }
        this.thresholds = thresholds.clone();
        this.positiveWeight = new double[thresholds.length];
        this.negativeWeight = new double[thresholds.length];
    }

    /** Counts one row: a finite score, its label, and a finite weight above 0. */
    public void add(double score, boolean positive, double weight) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be a finite number, was " + score);
        }
        if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("weight must be a finite number above 0, was " + weight);
        }
        int found = Arrays.binarySearch(thresholds, score + 0.0); // + 0.0: −0.0 is the threshold 0
        int bucket = found >= 0 ? found : -found - 2;
        if (positive) {
            positiveRows++;
            positiveSquares += weight * weight;
            if (bucket < 0) {
                positiveBelow += weight;
            } else {
                positiveWeight[bucket] += weight;
            }
        } else {
            negativeRows++;
            negativeSquares += weight * weight;
            if (bucket < 0) {
                negativeBelow += weight;
            } else {
                negativeWeight[bucket] += weight;
            }
        }
    }

    public long positiveRows() {
        return positiveRows;
    }

    public long negativeRows() {
        return negativeRows;
    }

    /** The curve of the rows counted so far; no threshold picked. */
    public ValidationCurve curve(String source) {
        int m = thresholds.length;
        var points = new ValidationCurve.Point[m];
        double tp = 0;
        double fp = 0;
        for (int i = m - 1; i >= 0; i--) {
            tp += positiveWeight[i];
            fp += negativeWeight[i];
            points[i] = new ValidationCurve.Point(thresholds[i], tp, fp);
        }
        double p = tp + positiveBelow;
        double q = fp + negativeBelow;
        return new ValidationCurve(source, positiveRows + negativeRows, p, q, kish(p, positiveSquares),
                kish(q, negativeSquares), new ArrayList<>(Arrays.asList(points)), null);
    }

    /** Kish's effective sample size (Σw)² / Σw²: the number of equally weighted rows worth as much. */
    private static double kish(double sum, double squares) {
        return squares == 0 ? 0 : sum * sum / squares;
    }

    /**
     * The first pass: the distinct scores, as long as there are at most {@link ValidationCurve#MAX_POINTS}; then it
     * stops collecting and says so, and the thresholds must come from quantiles instead. Holds at most
     * {@code MAX_POINTS + 1} numbers.
     */
    public static final class DistinctScores {

        private final double[] values = new double[ValidationCurve.MAX_POINTS];
        private int size;
        private boolean exceeded;

        public void add(double score) {
            if (exceeded) {
                return;
            }
            double s = score + 0.0;
            int found = Arrays.binarySearch(values, 0, size, s);
            if (found >= 0) {
                return;
            }
            if (size == values.length) {
                exceeded = true;
                return;
            }
            int at = -found - 1;
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = s;
            size++;
        }

        /** More distinct scores than a curve keeps. */
        public boolean exceeded() {
            return exceeded;
        }

        /** The distinct scores, ascending; only meaningful when not {@link #exceeded()}. */
        public double[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
