package dev.greenlight.currency;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** The ISO 4217 codes the JDK knows (current and withdrawn, as the ECB's history holds both, e.g. CYP and ROL). */
final class IsoCurrencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private IsoCurrencies() {
    }

    static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** Why {@code code} is not a currency one can report or convert in, or null when it is one. */
    static String problem(String code) {
        if (code == null || code.isBlank()) {
            return "is required: a three-letter ISO 4217 code such as EUR, USD or GBP";
        }
        if (!isKnown(code)) {
            return "\"" + code + "\" is not an ISO 4217 currency code (three capital letters such as EUR, USD or GBP)";
        }
        return null;
    }
}
