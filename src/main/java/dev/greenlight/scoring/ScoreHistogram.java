package dev.greenlight.scoring;

import java.util.Arrays;

/**
 * Thresholds at approximately equal steps of the weighted score distribution (PRODUCT.md §9.1), for validation
 * data with more than {@link ValidationCurve#MAX_POINTS} distinct scores. A histogram of 2²⁰ equal-width bins
 * between the lowest and highest score holds each bin's weight and its lowest score, so memory is fixed (16 MB)
 * whatever the number of rows; each threshold is the lowest score of the bin where its share of the weight is
 * reached, a real score, so every threshold flags at least one row. The steps are as fine as a bin: scores spread
 * over many orders of magnitude give fewer distinct thresholds, never wrong counts (those are exact, by
 * {@link CurveTally}).
 * <p>
 * Weighted quantile sketches on Maven Central (Apache DataSketches' KLL, t-digest) take whole-number weights only;
 * validation weights are real numbers.
 */
public final class ScoreHistogram {

    static final int BINS = 1 << 20;

    private final double min;
    private final double width;
    private final double[] weight = new double[BINS];
    private final double[] lowest = new double[BINS];
    private double total;

    /** @param min the lowest score, {@code max} the highest; min &lt; max, both finite */
    public ScoreHistogram(double min, double max) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("need finite scores with min < max, was " + min + " and " + max);
        }
        this.min = min;
        this.width = (max - min) / BINS;
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
    }

    public void add(double score, double w) {
        int bin = Math.clamp((long) ((score - min) / width), 0, BINS - 1);
        weight[bin] += w;
        total += w;
        if (score < lowest[bin]) {
            lowest[bin] = score;
        }
    }

    /** At most {@code count} distinct ascending thresholds, the k-th where a share k/count of the weight lies below. */
    public double[] thresholds(int count) {
        double[] result = new double[count];
        int size = 0;
        double below = 0;
        int k = 0;
        for (int bin = 0; bin < BINS && k < count; bin++) {
            if (weight[bin] == 0) {
                continue;
            }
            double above = below + weight[bin];
            // every step whose share of the weight is reached inside this bin starts at its lowest score
            boolean taken = false;
            while (k < count && total * k / count < above) {
                if (!taken) {
                    result[size++] = lowest[bin];
                    taken = true;
                }
                k++;
            }
            below = above;
        }
        return Arrays.copyOf(result, size);
    }
}
