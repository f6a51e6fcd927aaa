package dev.greenlight.scoring;

/** The four subscores, each 0–100. */
public record Subscores(double value, double confidence, double readiness, double ethics) {
}
