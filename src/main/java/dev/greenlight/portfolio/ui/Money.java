package dev.greenlight.portfolio.ui;

import java.util.Locale;

/** Amounts as leaders read them: whole units, thousands separated, the currency after. */
final class Money {

    private Money() {
    }

    static String format(Double amount, String currency) {
        if (amount == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,.0f", amount) + (currency == null ? "" : " " + currency);
    }
}
