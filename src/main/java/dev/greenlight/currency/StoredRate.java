package dev.greenlight.currency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An exchange rate as recorded: from {@code validFrom} on, one {@code quotedPer} buys {@code rate} units of
 * {@code currency} (1 EUR = 1.0842 USD). {@code quotedPer} is the reporting currency when the rate was typed, EUR for the
 * ECB's rates.
 */
public record StoredRate(String currency, String quotedPer, BigDecimal rate, LocalDate validFrom, String source,
                         Instant recordedAt, String recordedBy) {
}
