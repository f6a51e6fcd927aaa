package dev.greenlight.currency;

/** What the currency module tells others (the audit trail listens). */
public final class CurrencyEvents {

    private CurrencyEvents() {
    }

    /** An admin chose another reporting currency. */
    public record ReportingCurrencyChanged(String from, String to) {
    }

    /** An admin typed a rate or imported the ECB's rates; {@code what} says which, in words. */
    public record ExchangeRatesRecorded(String what) {
    }
}
