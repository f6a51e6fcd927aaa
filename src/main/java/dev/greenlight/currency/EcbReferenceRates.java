package dev.greenlight.currency;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the European Central Bank's euro foreign exchange reference rates as the ECB publishes them as CSV
 * (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html, "Current
 * reference rates" and "Time series", each a CSV file in a .zip):
 * <ul>
 * <li>{@code eurofxref.csv}, the latest day: {@code Date, USD, JPY, ..., ZAR, } then one line
 *     {@code 26 September 2024, 1.1155, 160.78, ...,} — a space after each comma, the date in English words, a trailing
 *     comma;</li>
 * <li>{@code eurofxref-hist.csv}, every day since 4 January 1999, newest first: {@code Date,USD,JPY,BGN,CYP,...,} then
 *     {@code 2016-04-20,1.1379,124.2,1.9558,N/A,...,} — ISO dates, {@code N/A} where a currency had no rate that day
 *     (not yet or no longer quoted), a trailing comma.</li>
 * </ul>
 * Each figure is units of that currency per one euro: the ECB's own example reads a rate as
 * {@code 1€ = <rate> <currency>}, and the page asks for a dot as the decimal separator. Nothing is converted here; a line
 * that does not read as the ECB's format is refused with its number, and the caller stores nothing of the file.
 * Parsed with Apache Commons CSV (RFC 4180, spaces around fields ignored, a trailing delimiter allowed).
 */
final class EcbReferenceRates {

    /** The ECB quotes every rate per one euro. */
    static final String QUOTED_PER = "EUR";
    static final String SOURCE = "ECB";
    private static final String NOT_AVAILABLE = "N/A";
    /** As the ECB writes a rate: digits, a dot, digits; no sign, no exponent, no thousands separator. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    /** The current-rates file writes the day in English words: {@code 26 September 2024}. */
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setTrailingDelimiter(true)
            .setIgnoreEmptyLines(true)
            .get();

    /** One day's rate for one currency, as published: units of {@code currency} per one euro. */
    record DailyRate(String currency, LocalDate day, BigDecimal perEuro) {
    }

    /** A line of the file that is not the ECB's format; {@code line} counts from 1, the header being line 1. */
    static final class MalformedFileException extends RuntimeException {

        private final long line;
        private final String reason;

        MalformedFileException(long line, String reason) {
            super("line " + line + ": " + reason);
            this.line = line;
            this.reason = reason;
        }

        long line() {
            return line;
        }

        String reason() {
            return reason;
        }
    }

    private EcbReferenceRates() {
    }

    /** Every rate of the file; refuses the whole file at its first malformed line or a day after {@code today}. */
    static List<DailyRate> read(Reader csv, LocalDate today) {
        var rates = new ArrayList<DailyRate>();
        long line = 0;
        try (var parser = FORMAT.parse(csv)) {
            List<String> currencies = null;
            var days = new HashSet<LocalDate>();
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                if (currencies == null) {
                    currencies = header(record, line);
                    continue;
                }
                if (record.size() != currencies.size() + 1) {
                    throw new MalformedFileException(line, "has " + (record.size() - 1) + " rates for the " + currencies.size()
                            + " currencies of the header");
                }
                var day = day(record.get(0), line);
                if (day.isAfter(today)) {
                    throw new MalformedFileException(line, "the date " + day + " is after today (" + today + ")");
                }
                if (!days.add(day)) {
                    throw new MalformedFileException(line, "the date " + day + " appears twice");
                }
                for (int i = 0; i < currencies.size(); i++) {
                    var text = record.get(i + 1);
                    if (!NOT_AVAILABLE.equals(text)) {
                        rates.add(new DailyRate(currencies.get(i), day, rate(text, currencies.get(i), line)));
                    }
                }
            }
            if (currencies == null) {
                throw new MalformedFileException(1, "the file is empty: expected the ECB's header \"Date, USD, JPY, ...\"");
            }
            if (days.isEmpty()) {
                throw new MalformedFileException(2, "no rates: the file has its header and no day");
            }
        } catch (IOException e) {
            throw new MalformedFileException(line + 1, "could not be read: " + e.getMessage());
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a stray or unterminated quote this way, while reading the record after the last good one
            throw new MalformedFileException(line + 1, "is not CSV as the ECB publishes it: " + e.getMessage());
        }
        return rates;
    }

    private static List<String> header(CSVRecord record, long line) {
        if (record.size() < 2 || !"Date".equals(record.get(0))) {
            throw new MalformedFileException(line, "expected the ECB's header \"Date, USD, JPY, ...\", found \""
                    + String.join(",", record.toList()) + "\"");
        }
        var currencies = new ArrayList<String>();
        for (int i = 1; i < record.size(); i++) {
            var code = record.get(i);
            if (!IsoCurrencies.isKnown(code)) {
                throw new MalformedFileException(line, "column " + (i + 1) + ": \"" + code + "\" is not an ISO 4217 currency code");
            }
            if (currencies.contains(code) || QUOTED_PER.equals(code)) {
                throw new MalformedFileException(line, "column " + (i + 1) + ": " + code
                        + (QUOTED_PER.equals(code) ? " is the euro, which the ECB quotes against" : " appears twice"));
            }
            currencies.add(code);
        }
        return List.copyOf(currencies);
    }

    private static LocalDate day(String text, long line) {
        try {
            return text.contains("-") ? LocalDate.parse(text, ISO) : LocalDate.parse(text, WORDS);
        } catch (DateTimeParseException e) {
            throw new MalformedFileException(line, "\"" + text + "\" is not a date as the ECB writes it (2024-09-26 or 26 September 2024)");
        }
    }

    private static BigDecimal rate(String text, String currency, long line) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new MalformedFileException(line, currency + ": \"" + text + "\" is not a rate (digits with a dot, or N/A)");
        }
        var value = new BigDecimal(text);
        var problem = Rates.problem(value);
        if (problem != null) {
            throw new MalformedFileException(line, currency + ": " + text + " " + problem);
        }
        return value;
    }
}
