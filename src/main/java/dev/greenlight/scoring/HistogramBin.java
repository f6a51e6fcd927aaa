package dev.greenlight.scoring;

/** Trials whose NPV falls in [from, to); the last bin of a histogram also holds its upper edge. */
public record HistogramBin(double from, double to, int count) {
}
