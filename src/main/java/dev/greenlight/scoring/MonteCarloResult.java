package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The simulated NPV distribution. Percentiles are interpolated between order statistics like Excel's
 * {@code PERCENTILE.INC}: sort the n trial NPVs, take rank h = (n − 1) × q and interpolate linearly between the
 * order statistics either side of it, so the exported workbook can reproduce them from the trials.
 */
public record MonteCarloResult(int trials, long seed, double mean, double p10, double p50, double p90,
                               double probabilityNpvPositive, List<HistogramBin> histogram) {

    public MonteCarloResult {
        histogram = List.copyOf(histogram);
    }

    /** The statistics of a set of trial NPVs; sorts {@code npvs} in place. */
    static MonteCarloResult of(double[] npvs, long seed, int histogramBins) {
        int trials = npvs.length;
        double sum = 0;
        int positive = 0;
        for (double npv : npvs) {
            sum += npv;
            if (npv > 0) {
                positive++;
            }
        }
        Arrays.sort(npvs);
        return new MonteCarloResult(trials, seed, sum / trials, percentile(npvs, 0.10), percentile(npvs, 0.50),
                percentile(npvs, 0.90), (double) positive / trials, histogram(npvs, histogramBins));
    }

    /** Excel PERCENTILE.INC on an ascending array. */
    static double percentile(double[] sorted, double q) {
        double rank = (sorted.length - 1) * q;
        int below = (int) Math.floor(rank);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
    }

    /** Equal-width bins from the smallest to the largest trial; a single bin when every trial is the same. */
    static List<HistogramBin> histogram(double[] sorted, int bins) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double width = (max - min) / bins;
        if (width == 0 || !Double.isFinite(width)) {
            return List.of(new HistogramBin(min, max, sorted.length));
        }
        int[] counts = new int[bins];
        for (double value : sorted) {
            counts[Math.min(bins - 1, (int) ((value - min) / width))]++;
        }
        var result = new ArrayList<HistogramBin>(bins);
        for (int b = 0; b < bins; b++) {
            double to = b == bins - 1 ? max : min + (b + 1) * width;
            result.add(new HistogramBin(min + b * width, to, counts[b]));
        }
        return result;
    }
}
