package dev.greenlight.scoring;

/** NPV with one money line at its low and at its high estimate, every other line at likely. */
public record TornadoRow(String line, double npvAtLow, double npvAtHigh) {

    public double swing() {
        return Math.abs(npvAtHigh - npvAtLow);
    }
}
