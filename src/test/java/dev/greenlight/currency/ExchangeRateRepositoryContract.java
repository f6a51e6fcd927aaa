package dev.greenlight.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

/** The V12 migration and the rate queries, on H2 and on PostgreSQL. */
@org.springframework.transaction.annotation.Transactional
abstract class ExchangeRateRepositoryContract {

    @Autowired
    ExchangeRateRepository rates;
    @Autowired
    ReportingCurrencyRepository setting;
    @Autowired
    TestEntityManager entities;

    private void rate(String quotedPer, String currency, String rate, String validFrom) {
        rates.save(new ExchangeRate(quotedPer, currency, new BigDecimal(rate), LocalDate.parse(validFrom), "ECB",
                Instant.parse("2026-12-07T16:00:00Z"), "admin"));
    }

    private BigDecimal latest(String quotedPer, String currency, String day) {
        return rates.findFirstByQuotedPerAndCurrencyAndValidFromLessThanEqualOrderByValidFromDesc(quotedPer, currency,
                LocalDate.parse(day)).map(r -> r.toRecord().rate()).orElse(null);
    }

    @Test
    void the_latest_rate_on_or_before_the_day_is_found_for_its_pair_only() {
        rate("EUR", "USD", "1.05", "2026-11-30");
        rate("EUR", "USD", "1.0842", "2026-12-04");
        rate("EUR", "USD", "1.2", "2026-12-08");
        rate("EUR", "GBP", "0.85", "2026-12-05");
        rate("USD", "GBP", "0.79", "2026-12-06");
        entities.flush();
        entities.clear();
        assertThat(latest("EUR", "USD", "2026-12-07")).isEqualByComparingTo("1.0842");
        assertThat(latest("EUR", "USD", "2026-12-04")).as("a rate applies on its own day").isEqualByComparingTo("1.0842");
        assertThat(latest("EUR", "USD", "2026-12-03")).isEqualByComparingTo("1.05");
        assertThat(latest("EUR", "USD", "2026-11-29")).as("before the first rate").isNull();
        assertThat(latest("EUR", "GBP", "2026-12-07")).isEqualByComparingTo("0.85");
        assertThat(latest("USD", "GBP", "2026-12-07")).isEqualByComparingTo("0.79");
        assertThat(latest("GBP", "USD", "2026-12-07")).as("a pair is directed").isNull();
        assertThat(rates.bases()).containsExactlyInAnyOrder("EUR", "USD");
    }

    @Test
    void a_rate_keeps_its_published_decimals_and_the_list_is_newest_first() {
        rate("EUR", "IDR", "16878.63", "2024-09-26");
        rate("EUR", "GBP", "0.83428", "2024-09-26");
        rate("EUR", "GBP", "0.000000000001", "2024-09-25");
        entities.flush();
        entities.clear();
        assertThat(latest("EUR", "GBP", "2024-09-26").toPlainString()).isEqualTo("0.83428");
        assertThat(latest("EUR", "GBP", "2024-09-25").toPlainString()).isEqualTo("0.000000000001");
        var listed = rates.newestFirst(null, PageRequest.of(0, 10)).stream().map(ExchangeRate::toRecord).toList();
        assertThat(listed).extracting(StoredRate::currency).containsExactly("GBP", "IDR", "GBP");
        assertThat(rates.newestFirst("IDR", PageRequest.of(0, 10))).hasSize(1);
        assertThat(rates.countFor("GBP")).isEqualTo(2);
        assertThat(rates.countFor(null)).isEqualTo(3);
    }

    @Test
    void one_rate_per_pair_and_day() {
        rate("EUR", "USD", "1.05", "2026-11-30");
        entities.flush();
        assertThatThrownBy(() -> {
            rate("EUR", "USD", "1.06", "2026-11-30");
            entities.flush();
        }).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void a_currency_is_never_quoted_against_itself() {
        assertThatThrownBy(() -> {
            rate("EUR", "EUR", "1", "2026-11-30");
            entities.flush();
        }).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void the_reporting_currency_starts_as_the_euro() {
        assertThat(setting.findById(ReportingCurrencySetting.ONLY).orElseThrow().currency()).isEqualTo("EUR");
    }
}
