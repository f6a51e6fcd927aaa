package dev.greenlight.currency;

import java.math.BigDecimal;

/** What makes a figure an exchange rate, for typed and imported rates alike: one rule, one message. */
final class Rates {

    /** The stored precision (V12: numeric(30, 12)); more decimals would be cut, so they are refused instead. */
    static final int MAX_DECIMALS = 12;
    static final BigDecimal MAX = new BigDecimal("1000000000000000");

    private Rates() {
    }

    /** Why {@code rate} cannot be stored as a rate, or null when it can. */
    static String problem(BigDecimal rate) {
        if (rate == null) {
            return "is required: units of the currency per one unit of the reporting currency, e.g. 1.0842";
        }
        if (rate.signum() <= 0) {
            return "must be more than 0, was " + rate.toPlainString();
        }
        if (rate.compareTo(MAX) >= 0) {
            return "must be less than " + MAX.toPlainString() + ", was " + rate.toPlainString();
        }
        if (rate.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return "has more than " + MAX_DECIMALS + " decimal places: " + rate.toPlainString();
        }
        return null;
    }
}
