package dev.greenlight.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * The rate a conversion into the reporting currency uses: {@code perReportingUnit} units of {@code currency} per one unit
 * of {@code reportingCurrency}, the latest on or before the day asked about. An amount in {@code currency} is divided by it.
 *
 * @param validFrom the day the rate is from; for a cross rate the older of its two rates' days; null for the reporting
 *                  currency itself
 * @param source    where the rate came from ("ECB", or what the admin typed), both sources for a cross rate of two
 * @param via       the currency both rates are quoted against when this is a cross rate (EUR for the ECB's), else null
 */
public record AppliedRate(String currency, String reportingCurrency, double perReportingUnit, LocalDate validFrom,
                          String source, String via) {

    /** The reporting currency in itself: no rate, no date. */
    static AppliedRate identity(String currency) {
        return new AppliedRate(currency, currency, 1, null, null, null);
    }

    public double toReporting(double amount) {
        return amount / perReportingUnit;
    }

    /** "1 EUR = 1.0842 USD (ECB, 2026-12-01)", or with "cross rate via EUR" for a cross rate. */
    public String describe() {
        if (validFrom == null) {
            return reportingCurrency + " is the reporting currency";
        }
        var figure = new BigDecimal(perReportingUnit).round(MathContext.DECIMAL64).round(new MathContext(6)).stripTrailingZeros();
        return "1 " + reportingCurrency + " = " + figure.toPlainString() + " " + currency + " ("
                + (via == null ? "" : "cross rate via " + via + ", ") + source + ", " + validFrom + ")";
    }
}
