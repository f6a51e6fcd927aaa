package dev.greenlight.scoring;

/**
 * One three-point money estimate (low ≤ likely ≤ high) in the assessment's currency.
 * A null evidence is read as {@link Evidence#EXPERT_GUESS}.
 */
public record MoneyLine(String name, double low, double likely, double high, Evidence evidence) {

    /** A line known exactly, e.g. a quoted licence fee. */
    public static MoneyLine fixed(String name, double amount, Evidence evidence) {
        return new MoneyLine(name, amount, amount, amount, evidence);
    }

    public boolean isConstant() {
        return low == high;
    }
}
