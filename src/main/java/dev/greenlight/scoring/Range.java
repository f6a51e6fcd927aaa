package dev.greenlight.scoring;

/** An uncertain input of a value model (PRODUCT.md §6.1): low ≤ likely ≤ high, drawn PERT in the simulation. */
public record Range(double low, double likely, double high) {

    /** An input known exactly. */
    public static Range fixed(double value) {
        return new Range(value, value, value);
    }

    /** Whether low = high. Not a getter, so that a range is written to JSON as its three numbers only. */
    public boolean knownExactly() {
        return low == high;
    }

    /** The value at one end of the range, or its likely value. */
    double at(Point point) {
        return switch (point) {
            case LOW -> low;
            case LIKELY -> likely;
            case HIGH -> high;
        };
    }

    enum Point { LOW, LIKELY, HIGH }
}
