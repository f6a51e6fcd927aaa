package dev.greenlight.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rate converts a currency into the reporting currency: direct, inverted or a cross rate, the latest one winning. */
class ReportingRatesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-07");
    private final List<StoredRate> stored = new ArrayList<>();

    private void rate(String quotedPer, String currency, String rate, String validFrom, String source) {
        stored.add(new StoredRate(currency, quotedPer, new BigDecimal(rate), LocalDate.parse(validFrom), source, Instant.EPOCH, "admin"));
    }

    /** The latest stored rate on or before the day, as the repository answers it. */
    private Optional<StoredRate> latest(String quotedPer, String currency, LocalDate day) {
        return stored.stream().filter(r -> r.quotedPer().equals(quotedPer) && r.currency().equals(currency) && !r.validFrom().isAfter(day))
                .max(java.util.Comparator.comparing(StoredRate::validFrom));
    }

    private ReportingRates resolve(String reporting, String... currencies) {
        var bases = stored.stream().map(StoredRate::quotedPer).distinct().toList();
        return ReportingRates.resolve(reporting, DAY, Set.of(currencies), bases, this::latest);
    }

    @Test
    void the_ecb_quote_converts_into_euros_by_dividing() {
        rate("EUR", "USD", "1.0842", "2026-12-04", "ECB");
        var rates = resolve("EUR", "USD", "EUR");
        assertThat(rates.toReporting(1084.2, "USD")).isCloseTo(1000, within(1e-9));
        assertThat(rates.toReporting(500.0, "EUR")).isEqualTo(500.0);
        assertThat(rates.rate("USD").orElseThrow().describe()).isEqualTo("1 EUR = 1.0842 USD (ECB, 2026-12-04)");
        assertThat(rates.applied()).extracting(AppliedRate::currency).containsExactly("USD");
    }

    @Test
    void a_non_euro_reporting_currency_converts_through_cross_rates_of_the_euro_quotes() {
        rate("EUR", "USD", "1.0842", "2026-12-04", "ECB");
        rate("EUR", "GBP", "0.8512", "2026-12-04", "ECB");
        var rates = resolve("USD", "GBP", "EUR", "USD");
        // 1 USD = 0.8512 / 1.0842 GBP: 1,000 GBP is 1,000 × 1.0842 / 0.8512 USD
        assertThat(rates.rate("GBP").orElseThrow().perReportingUnit()).isCloseTo(0.8512 / 1.0842, within(1e-12));
        assertThat(rates.toReporting(1000.0, "GBP")).isCloseTo(1273.73, within(0.01));
        assertThat(rates.rate("GBP").orElseThrow().via()).isEqualTo("EUR");
        assertThat(rates.rate("GBP").orElseThrow().describe()).isEqualTo("1 USD = 0.785095 GBP (cross rate via EUR, ECB, 2026-12-04)");
        // the euro itself: the USD quote inverted
        assertThat(rates.toReporting(1000.0, "EUR")).isCloseTo(1084.2, within(1e-9));
        assertThat(rates.rate("EUR").orElseThrow().via()).isNull();
        assertThat(rates.toReporting(1.0, "USD")).isEqualTo(1.0);
    }

    @Test
    void a_cross_rate_is_as_old_as_its_older_rate_and_a_newer_direct_rate_wins() {
        rate("EUR", "USD", "1.0842", "2026-12-04", "ECB");
        rate("EUR", "GBP", "0.8512", "2026-11-27", "ECB");
        assertThat(resolve("USD", "GBP").rate("GBP").orElseThrow().validFrom()).isEqualTo(LocalDate.parse("2026-11-27"));
        rate("USD", "GBP", "0.80", "2026-12-01", "typed");
        var gbp = resolve("USD", "GBP").rate("GBP").orElseThrow();
        assertThat(gbp.perReportingUnit()).isEqualTo(0.80);
        assertThat(gbp.via()).isNull();
        assertThat(gbp.source()).isEqualTo("typed");
    }

    @Test
    void the_latest_rate_on_or_before_the_day_counts_and_a_later_one_does_not() {
        rate("EUR", "USD", "1.05", "2026-11-30", "ECB");
        rate("EUR", "USD", "1.0842", "2026-12-04", "ECB");
        rate("EUR", "USD", "1.20", "2026-12-08", "ECB");
        assertThat(resolve("EUR", "USD").rate("USD").orElseThrow().perReportingUnit()).isEqualTo(1.0842);
    }

    @Test
    void a_currency_without_any_rate_is_not_converted() {
        rate("EUR", "USD", "1.0842", "2026-12-04", "ECB");
        var rates = resolve("EUR", "JPY", "USD");
        assertThat(rates.converts("JPY")).isFalse();
        assertThat(rates.toReporting(100.0, "JPY")).isNull();
        assertThat(rates.toReporting(null, "USD")).isNull();
        assertThat(rates.converts(null)).isFalse();
        assertThat(rates.applied()).extracting(AppliedRate::currency).containsExactly("USD");
    }
}
