package dev.greenlight.base.ui;

import java.util.Locale;

/**
 * Amounts as the app shows them everywhere (assessment page, portfolio): whole units, thousands separated, the
 * ISO currency code after, so that "CHF", "CAD" and "USD" never hide behind the same or a glued-on symbol.
 */
public final class Money {

    private Money() {
    }

    /** "1,273,485 USD"; "—" when there is no amount; the bare number when there is no currency. */
    public static String format(Double amount, String currency) {
        if (amount == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,.0f", amount) + (currency == null || currency.isBlank() ? "" : " " + currency);
    }
}
