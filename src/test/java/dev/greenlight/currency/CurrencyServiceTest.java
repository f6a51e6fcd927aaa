package dev.greenlight.currency;

import static dev.greenlight.RunAs.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.RunAs;
import dev.greenlight.ServiceTest;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditFilter;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** The reporting currency and rates through the service, with method security on: only admins write. */
@ServiceTest
// Changes the reporting currency and stores rates: a context (and database) of its own keeps that away from other tests.
@TestPropertySource(properties = "greenlight.test.context=currency-service")
class CurrencyServiceTest {

    @Autowired
    CurrencyService currency;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void euroAndNoRates() {
        jdbc.update("delete from exchange_rate");
        jdbc.update("update reporting_currency set currency = 'EUR'");
    }

    private long stored() {
        return admin(() -> currency.countRates(null));
    }

    private static void refused(Callable<?> call, String field, String reason) {
        assertThatThrownBy(() -> admin(call)).isInstanceOfSatisfying(InvalidCurrencyRequestException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reason);
        });
    }

    private List<String> trail(AuditAction action) {
        return admin(() -> audit.search(new AuditFilter(null, action, null, null, null), PageRequest.of(0, 50)))
                .stream().map(AuditRecord::detail).toList();
    }

    @Test
    void only_an_admin_sets_the_reporting_currency_or_records_rates_and_everyone_signed_in_reads_it() {
        var today = currency.today();
        for (Callable<?> write : List.<Callable<?>>of(() -> currency.changeReportingCurrency("USD"),
                () -> currency.recordRate("USD", new BigDecimal("1.08"), today, "typed"),
                () -> currency.importEcb(new StringReader("Date,USD,\n" + today + ",1.08,\n")),
                () -> currency.rates(null, 0, 10))) {
            assertThatThrownBy(() -> RunAs.engineer(write)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.pm(write)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.lead(write)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stored()).isZero();
        assertThat(RunAs.engineer(() -> currency.reportingCurrency())).isEqualTo("EUR");
        assertThat(RunAs.lead(() -> currency.ratesOn(today, Set.of("EUR")).currency())).isEqualTo("EUR");
        assertThatThrownBy(() -> RunAs.anonymous(() -> currency.reportingCurrency())).isInstanceOf(RuntimeException.class);

        assertThat(admin(() -> currency.changeReportingCurrency("USD"))).isEqualTo("USD");
        assertThat(RunAs.pm(() -> currency.reportingCurrency())).isEqualTo("USD");
        assertThat(trail(AuditAction.REPORTING_CURRENCY_CHANGED)).contains("Reporting currency EUR → USD");
    }

    @Test
    void an_unknown_reporting_currency_is_refused_naming_the_field() {
        refused(() -> currency.changeReportingCurrency("XXY"), "currency", "\"XXY\" is not an ISO 4217 currency code");
        refused(() -> currency.changeReportingCurrency("usd"), "currency", "not an ISO 4217");
        refused(() -> currency.changeReportingCurrency(null), "currency", "is required");
        assertThat(admin(() -> currency.reportingCurrency())).isEqualTo("EUR");
    }

    @Test
    void a_typed_rate_is_refused_at_its_field_when_it_is_not_a_rate_of_a_known_currency_up_to_today() {
        var today = currency.today();
        refused(() -> currency.recordRate("XXY", BigDecimal.ONE, today, null), "currency", "not an ISO 4217");
        refused(() -> currency.recordRate("EUR", BigDecimal.ONE, today, null), "currency", "EUR is the reporting currency");
        refused(() -> currency.recordRate("USD", BigDecimal.ZERO, today, null), "perReportingUnit", "must be more than 0");
        refused(() -> currency.recordRate("USD", new BigDecimal("-1.08"), today, null), "perReportingUnit", "must be more than 0");
        refused(() -> currency.recordRate("USD", null, today, null), "perReportingUnit", "is required");
        refused(() -> currency.recordRate("USD", new BigDecimal("1.0000000000001"), today, null), "perReportingUnit",
                "more than 12 decimal places");
        refused(() -> currency.recordRate("USD", new BigDecimal("1.08"), today.plusDays(1), null), "validFrom", "is in the future");
        refused(() -> currency.recordRate("USD", new BigDecimal("1.08"), null, null), "validFrom", "is required");
        refused(() -> currency.recordRate("USD", new BigDecimal("1.08"), today, "x".repeat(41)), "source", "at most 40");
        assertThat(stored()).isZero();
    }

    @Test
    void a_rate_typed_again_for_the_same_day_replaces_the_first_and_converts_from_then_on() {
        var day = currency.today().minusDays(3);
        admin(() -> currency.recordRate("USD", new BigDecimal("1.08"), day, null));
        var corrected = admin(() -> currency.recordRate("USD", new BigDecimal("1.0842"), day, "ECB"));
        assertThat(corrected.quotedPer()).isEqualTo("EUR");
        assertThat(corrected.recordedBy()).isEqualTo("admin");
        assertThat(stored()).isEqualTo(1);
        var rates = RunAs.lead(() -> currency.ratesOn(currency.today(), Set.of("USD", "GBP")));
        assertThat(rates.toReporting(1084.2, "USD")).isCloseTo(1000, within(1e-9));
        assertThat(rates.rate("USD").orElseThrow().validFrom()).isEqualTo(day);
        assertThat(rates.converts("GBP")).isFalse();
        assertThat(RunAs.lead(() -> currency.ratesOn(day.minusDays(1), Set.of("USD"))).converts("USD"))
                .as("no rate before its first day").isFalse();
        assertThat(trail(AuditAction.RATES_RECORDED)).contains("Rate 1 EUR = 1.0842 USD from " + day + " (ECB)");
    }

    @Test
    void the_ecb_file_is_stored_whole_or_not_at_all_and_importing_it_again_replaces_its_rates() throws Exception {
        try (var csv = EcbReferenceRatesTest.resource("eurofxref.csv")) {
            var first = admin(() -> currency.importEcb(csv));
            assertThat(first.rates()).isEqualTo(30);
            assertThat(first.replaced()).isZero();
            assertThat(first.currencies()).contains("USD", "GBP", "JPY").hasSize(30);
        }
        try (var csv = EcbReferenceRatesTest.resource("eurofxref.csv")) {
            assertThat(admin(() -> currency.importEcb(csv)).replaced()).isEqualTo(30);
        }
        assertThat(stored()).isEqualTo(30);
        refused(() -> currency.importEcb(new StringReader("Date,USD,GBP,\n2024-09-27,1.11,0.83,\n2024-09-25,1.11,zero,\n")),
                "line 3", "GBP: \"zero\" is not a rate");
        assertThat(stored()).as("nothing of the refused file").isEqualTo(30);
        assertThat(trail(AuditAction.RATES_RECORDED)).contains(
                "ECB reference rates imported: 30 rates of 30 currencies over 1 day, 2024-09-26; 30 replaced");
    }

    @Test
    void with_the_dollar_as_reporting_currency_the_ecb_rates_convert_pounds_and_euros_through_cross_rates() throws Exception {
        try (var csv = EcbReferenceRatesTest.resource("eurofxref.csv")) {
            admin(() -> currency.importEcb(csv));
        }
        admin(() -> currency.changeReportingCurrency("USD"));
        var rates = RunAs.lead(() -> currency.ratesOn(currency.today(), Set.of("GBP", "EUR", "USD")));
        // 26 September 2024: 1 EUR = 1.1155 USD = 0.83428 GBP
        assertThat(rates.toReporting(1000.0, "GBP")).isCloseTo(1000 * 1.1155 / 0.83428, within(1e-6));
        assertThat(rates.toReporting(1000.0, "EUR")).isCloseTo(1115.5, within(1e-9));
        assertThat(rates.rate("GBP").orElseThrow().via()).isEqualTo("EUR");
        assertThat(rates.applied()).extracting(AppliedRate::currency).containsExactly("EUR", "GBP");
    }
}
