package dev.greenlight.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ECB's two CSV files as published (src/test/resources/ecb: the current day's file and lines of the history file). */
class EcbReferenceRatesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-08");

    static Reader resource(String name) {
        return new InputStreamReader(EcbReferenceRatesTest.class.getResourceAsStream("/ecb/" + name), StandardCharsets.UTF_8);
    }

    private static List<EcbReferenceRates.DailyRate> read(String csv) {
        return EcbReferenceRates.read(new StringReader(csv), TODAY);
    }

    private static BigDecimal rate(List<EcbReferenceRates.DailyRate> rates, String currency, String day) {
        return rates.stream().filter(r -> r.currency().equals(currency) && r.day().equals(LocalDate.parse(day)))
                .findFirst().orElseThrow().perEuro();
    }

    @Test
    void the_current_day_file_with_its_spaces_words_date_and_trailing_comma_gives_thirty_rates_per_euro() throws IOException {
        try (var csv = resource("eurofxref.csv")) {
            var rates = EcbReferenceRates.read(csv, TODAY);
            assertThat(rates).hasSize(30).allMatch(r -> r.day().equals(LocalDate.parse("2024-09-26")));
            assertThat(rate(rates, "USD", "2024-09-26")).isEqualByComparingTo("1.1155");
            assertThat(rate(rates, "GBP", "2024-09-26")).isEqualByComparingTo("0.83428");
            assertThat(rate(rates, "ZAR", "2024-09-26")).as("the last column, before the trailing comma").isEqualByComparingTo("19.2380");
            assertThat(rates).noneMatch(r -> r.currency().equals("EUR"));
        }
    }

    @Test
    void the_history_file_skips_n_a_and_keeps_every_day_with_withdrawn_currencies_in_its_header() throws IOException {
        try (var csv = resource("eurofxref-hist-excerpt.csv")) {
            var rates = EcbReferenceRates.read(csv, TODAY);
            // 42 currencies in the header, 11 of them N/A on each of the 3 days (withdrawn ones, and ISK not quoted then)
            assertThat(rates).hasSize(3 * 31);
            assertThat(rates).noneMatch(r -> r.currency().equals("ISK"));
            assertThat(rates).noneMatch(r -> r.currency().equals("CYP") || r.currency().equals("EEK"));
            assertThat(rate(rates, "USD", "2016-04-19")).isEqualByComparingTo("1.1343");
            assertThat(rate(rates, "ILS", "2016-04-18")).isEqualByComparingTo("4.2702");
        }
    }

    @Test
    void a_rate_that_is_not_a_number_is_refused_with_its_line_and_currency() {
        assertThatThrownBy(() -> read("Date,USD,GBP,\n2026-12-07,1.0842,0.85,\n2026-12-04,1,0842,0.85,\n"))
                .isInstanceOfSatisfying(EcbReferenceRates.MalformedFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("has 3 rates for the 2 currencies");
                });
        assertThatThrownBy(() -> read("Date,USD,GBP,\n2026-12-07,1.0842,0.85,\n2026-12-04,1.08,abc,\n"))
                .isInstanceOfSatisfying(EcbReferenceRates.MalformedFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("GBP: \"abc\" is not a rate");
                });
        assertThatThrownBy(() -> read("Date,USD,\n2026-12-07,-1.08,\n"))
                .hasMessageContaining("line 2").hasMessageContaining("\"-1.08\" is not a rate");
        assertThatThrownBy(() -> read("Date,USD,\n2026-12-07,0,\n"))
                .hasMessageContaining("line 2").hasMessageContaining("must be more than 0");
    }

    @Test
    void a_header_or_date_not_in_the_ecb_format_is_refused_with_its_line() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("line 1").hasMessageContaining("empty");
        assertThatThrownBy(() -> read("Day,USD\n2026-12-07,1.08\n")).hasMessageContaining("line 1").hasMessageContaining("header");
        assertThatThrownBy(() -> read("Date,USD,XXY,\n2026-12-07,1.08,2,\n"))
                .hasMessageContaining("line 1").hasMessageContaining("\"XXY\" is not an ISO 4217 currency code");
        assertThatThrownBy(() -> read("Date,USD,EUR,\n2026-12-07,1.08,1,\n")).hasMessageContaining("EUR is the euro");
        assertThatThrownBy(() -> read("Date,USD,\n")).hasMessageContaining("no rates");
        assertThatThrownBy(() -> read("Date,USD,\n2026-12-07,1.08,\n07/12/2026,1.08,\n"))
                .hasMessageContaining("line 3").hasMessageContaining("\"07/12/2026\" is not a date");
        assertThatThrownBy(() -> read("Date,USD,\n2026-02-30,1.08,\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("Date,USD,\n2026-12-07,1.08,\n2026-12-07,1.09,\n"))
                .hasMessageContaining("line 3").hasMessageContaining("appears twice");
        assertThatThrownBy(() -> read("Date,USD,\n2026-12-09,1.08,\n"))
                .hasMessageContaining("line 2").hasMessageContaining("after today");
        assertThatThrownBy(() -> read("Date,USD,\n2026-12-07,\"1.08,\n"))
                .isInstanceOf(EcbReferenceRates.MalformedFileException.class).hasMessageContaining("line 2");
    }

    @Test
    void blank_lines_do_not_shift_the_line_numbers_of_an_error() {
        assertThatThrownBy(() -> read("Date,USD,\n\n2026-12-07,1.08,\n\n2026-12-04,x,\n"))
                .hasMessageContaining("line 5");
    }
}
