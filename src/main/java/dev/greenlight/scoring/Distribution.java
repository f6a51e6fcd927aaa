package dev.greenlight.scoring;

/** The shape the Monte Carlo gives each three-point estimate. */
public enum Distribution {
    PERT, TRIANGULAR
}
