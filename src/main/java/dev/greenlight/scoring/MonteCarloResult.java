package dev.greenlight.scoring;

import java.util.List;

/**
 * The simulated NPV distribution. Percentiles are interpolated between order statistics like Excel's
 * {@code PERCENTILE.INC} (rank h = (n − 1) × q), so the exported workbook can reproduce them from the trials.
 */
public record MonteCarloResult(int trials, long seed, double mean, double p10, double p50, double p90,
                               double probabilityNpvPositive, List<HistogramBin> histogram) {

    public MonteCarloResult {
        histogram = List.copyOf(histogram);
    }
}
