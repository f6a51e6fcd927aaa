package dev.greenlight.scoring;

/**
 * One three-point money estimate (low ≤ likely ≤ high) in the assessment's currency.
 * A null evidence is read as {@link Evidence#EXPERT_GUESS}.
 * <p>
 * A derived benefit line (PRODUCT.md §6.1) carries its {@link ValueModel} in {@code derivedFrom}; its low, likely
 * and high are then all the model's benefit at likely inputs (the figure the cash flows use, possibly negative),
 * and its spread lives in the model's inputs.
 */
public record MoneyLine(String name, double low, double likely, double high, Evidence evidence,
                        ValueModel derivedFrom) {

    public MoneyLine(String name, double low, double likely, double high, Evidence evidence) {
        this(name, low, likely, high, evidence, null);
    }

    /** A line known exactly, e.g. a quoted licence fee. */
    public static MoneyLine fixed(String name, double amount, Evidence evidence) {
        return new MoneyLine(name, amount, amount, amount, evidence);
    }

    /** A benefit line computed from model quality; the engine validates the model before it uses it. */
    public static MoneyLine derived(String name, ValueModel model, Evidence evidence) {
        double benefit = model == null ? Double.NaN : model.likelyBenefit();
        return new MoneyLine(name, benefit, benefit, benefit, evidence, model);
    }

    public boolean isDerived() {
        return derivedFrom != null;
    }

    public boolean isConstant() {
        return low == high && !isDerived();
    }
}
