package dev.greenlight.scoring;

import java.util.List;

/**
 * Refuses input the engine cannot score honestly. Every message starts with the path of the offending field
 * (e.g. {@code financials.buildCosts[0].low}) so an API can map it back to the form.
 */
public final class InputValidator {

    /*
     * The one set of limits: the assessment format's validator uses these too, so whatever it stores scores.
     */
    /** Ten trillion: larger than any project budget, small enough that sums stay exact to the cent. */
    public static final double MAX_MONEY = 1e13;
    public static final int MIN_HORIZON_YEARS = 1;
    public static final int MAX_HORIZON_YEARS = 10;
    public static final int MAX_MONTHS_TO_IMPACT = 120;

    private InputValidator() {
    }

    public static void validate(ScoringInput input) {
        if (input == null) {
            throw new IllegalArgumentException("input must not be null");
        }
        validate(input.financials());
        if (input.narrative() != null) {
            validate(input.narrative());
        }
    }

    public static void validate(FinancialInput financials) {
        if (financials == null) {
            throw new IllegalArgumentException("financials must not be null");
        }
        if (financials.currency() == null || financials.currency().isBlank()) {
            throw new IllegalArgumentException("financials.currency must not be blank");
        }
        int horizon = financials.horizonYears();
        if (horizon < MIN_HORIZON_YEARS || horizon > MAX_HORIZON_YEARS) {
            throw new IllegalArgumentException("financials.horizonYears must be between " + MIN_HORIZON_YEARS
                    + " and " + MAX_HORIZON_YEARS + ", was " + horizon);
        }
        double rate = financials.discountRate();
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("financials.discountRate must be a fraction in [0, 1), was " + rate);
        }
        double p = financials.probabilityOfSuccess();
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("financials.probabilityOfSuccess must be a fraction in [0, 1], was "
                    + p);
        }
        int lines = validateLines("financials.buildCosts", financials.buildCosts(), false)
                + validateLines("financials.annualRunCosts", financials.annualRunCosts(), false)
                + validateLines("financials.annualBenefits", financials.annualBenefits(), true);
        if (lines == 0) {
            throw new IllegalArgumentException("financials must contain at least one build cost, run cost or benefit");
        }
        List<Double> adoption = financials.adoptionByYear();
        if (adoption == null || adoption.size() != horizon) {
            throw new IllegalArgumentException("financials.adoptionByYear must have one value per year of the horizon ("
                    + horizon + "), had " + (adoption == null ? "none" : adoption.size()));
        }
        for (int i = 0; i < adoption.size(); i++) {
            Double share = adoption.get(i);
            if (share == null || !(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("financials.adoptionByYear[" + i
                        + "] must be a fraction in [0, 1], was " + share);
            }
        }
        if (financials.alternative() != null) {
            validate(financials.alternative(), horizon);
        }
    }

    /** The priced non-AI alternative of PRODUCT.md §6.2: plain lines only, its own p in (0, 1]. */
    private static void validate(AlternativeInput alternative, int horizon) {
        String path = "financials.alternative";
        ValueModelRules.validate(path, alternative, horizon);
        validateLines(path + ".buildCosts", alternative.buildCosts(), false);
        validateLines(path + ".annualRunCosts", alternative.annualRunCosts(), false);
        validateLines(path + ".annualBenefits", alternative.annualBenefits(), false);
        List<Double> adoption = alternative.adoptionByYear();
        for (int i = 0; adoption != null && i < adoption.size(); i++) {
            Double share = adoption.get(i);
            if (share == null || !(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException(path + ".adoptionByYear[" + i + "] must be a fraction in [0, 1], was "
                        + share);
            }
        }
    }

    public static void validate(NarrativeInput narrative) {
        requireFiniteOrNull("narrative.baseline", narrative.baseline());
        requireFiniteOrNull("narrative.target", narrative.target());
        if (narrative.monthsToImpact() != null
                && (narrative.monthsToImpact() < 0 || narrative.monthsToImpact() > MAX_MONTHS_TO_IMPACT)) {
            throw new IllegalArgumentException("narrative.monthsToImpact must be between 0 and " + MAX_MONTHS_TO_IMPACT
                    + " months, was " + narrative.monthsToImpact());
        }
    }

    private static int validateLines(String field, List<MoneyLine> lines, boolean mayBeDerived) {
        if (lines == null) {
            return 0;
        }
        for (int i = 0; i < lines.size(); i++) {
            String path = field + "[" + i + "]";
            MoneyLine line = lines.get(i);
            if (line == null) {
                throw new IllegalArgumentException(path + " must not be null");
            }
            if (line.name() == null || line.name().isBlank()) {
                throw new IllegalArgumentException(path + ".name must not be blank");
            }
            if (line.isDerived()) {
                if (!mayBeDerived) {
                    throw new IllegalArgumentException(path + ".derivedFrom is allowed only on financials.annualBenefits");
                }
                ValueModelRules.validate(path + ".derivedFrom", line.derivedFrom());
                double b = line.derivedFrom().likelyBenefit();
                if (line.low() != b || line.likely() != b || line.high() != b) {
                    throw new IllegalArgumentException(path + " is derived: its amounts must be the model's benefit "
                            + "at likely inputs (" + b + "), as MoneyLine.derived makes them");
                }
                continue;
            }
            requireMoney(path + ".low", line.low());
            requireMoney(path + ".likely", line.likely());
            requireMoney(path + ".high", line.high());
            if (line.low() > line.likely()) {
                throw new IllegalArgumentException(path + ".low must be ≤ likely (" + line.low() + " > "
                        + line.likely() + ")");
            }
            if (line.likely() > line.high()) {
                // the same field the assessment validator blames, so the form marks the same box
                throw new IllegalArgumentException(path + ".high must be ≥ likely (" + line.high() + " < "
                        + line.likely() + ")");
            }
        }
        return lines.size();
    }

    private static void requireMoney(String path, double amount) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException(path + " must be a finite number, was " + amount);
        }
        if (amount < 0) {
            throw new IllegalArgumentException(path + " must not be negative, was " + amount);
        }
        if (amount > MAX_MONEY) {
            throw new IllegalArgumentException(path + " must be at most " + java.math.BigDecimal.valueOf(MAX_MONEY)
                    .toPlainString() + ", was " + amount);
        }
    }

    private static void requireFiniteOrNull(String path, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(path + " must be a finite number, was " + value);
        }
    }
}
