package dev.greenlight.currency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which rate turns each of a set of currencies into the reporting currency on one day, resolved once: the portfolio's
 * headline, chart, budget frontier and workbook all convert with the same rates and can name them.
 * <p>
 * For a currency C and reporting currency R, the candidates are the latest rate on or before the day of: C quoted per R
 * (direct); R quoted per C (inverted); and, for every currency B that rates are quoted against (EUR for the ECB's), C per
 * B and R per B, whose quotient is C per R (a cross rate, dated by the older of the two). The candidate with the latest
 * date wins; on a tie, direct before inverted before cross. A currency with no candidate is not converted.
 */
public final class ReportingRates {

    /** The latest stored rate of {@code currency} quoted per {@code quotedPer} on or before {@code day}. */
    @FunctionalInterface
    public interface Lookup {
        Optional<StoredRate> latest(String quotedPer, String currency, LocalDate day);
    }

    private final String currency;
    private final LocalDate day;
    private final Map<String, AppliedRate> rates;

    private ReportingRates(String currency, LocalDate day, Map<String, AppliedRate> rates) {
        this.currency = currency;
        this.day = day;
        this.rates = rates;
    }

    static ReportingRates resolve(String reporting, LocalDate day, Collection<String> currencies, Collection<String> bases,
                                  Lookup lookup) {
        var rates = new TreeMap<String, AppliedRate>();
        for (var c : new TreeSet<>(currencies)) {
            if (c == null) {
                continue;
            }
            if (c.equals(reporting)) {
                rates.put(c, AppliedRate.identity(c));
                continue;
            }
            best(c, reporting, day, new TreeSet<>(bases), lookup).ifPresent(r -> rates.put(c, r));
        }
        return new ReportingRates(reporting, day, Collections.unmodifiableMap(rates));
    }

    private static Optional<AppliedRate> best(String c, String reporting, LocalDate day, Collection<String> bases, Lookup lookup) {
        var candidates = new ArrayList<AppliedRate>();
        lookup.latest(reporting, c, day).ifPresent(direct -> candidates.add(
                new AppliedRate(c, reporting, direct.rate().doubleValue(), direct.validFrom(), direct.source(), null)));
        lookup.latest(c, reporting, day).ifPresent(inverse -> candidates.add(
                new AppliedRate(c, reporting, 1 / inverse.rate().doubleValue(), inverse.validFrom(), inverse.source(), null)));
        for (var base : bases) {
            if (base.equals(c) || base.equals(reporting)) {
                continue;
            }
            var ofCurrency = lookup.latest(base, c, day);
            var ofReporting = lookup.latest(base, reporting, day);
            if (ofCurrency.isPresent() && ofReporting.isPresent()) {
                var a = ofCurrency.get();
                var b = ofReporting.get();
                var older = a.validFrom().isBefore(b.validFrom()) ? a.validFrom() : b.validFrom();
                var source = a.source().equals(b.source()) ? a.source() : a.source() + " and " + b.source();
                candidates.add(new AppliedRate(c, reporting, a.rate().doubleValue() / b.rate().doubleValue(), older, source, base));
            }
        }
        // stable: the earlier candidate (direct, inverted, then cross by base) wins a tie on the date
        AppliedRate chosen = null;
        for (var candidate : candidates) {
            if (chosen == null || candidate.validFrom().isAfter(chosen.validFrom())) {
                chosen = candidate;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** The reporting currency. */
    public String currency() {
        return currency;
    }

    /** The day the rates are for: the latest rate on or before it counts. */
    public LocalDate day() {
        return day;
    }

    /** The rate for {@code code}; the reporting currency has one of 1; empty when {@code code} cannot be converted. */
    public Optional<AppliedRate> rate(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(rates.get(code));
    }

    public boolean converts(String code) {
        return rate(code).isPresent();
    }

    /** {@code amount} in {@code code}, in the reporting currency; null when either is missing or there is no rate. */
    public Double toReporting(Double amount, String code) {
        if (amount == null) {
            return null;
        }
        return rate(code).map(r -> r.toReporting(amount)).orElse(null);
    }

    /** The rates used for currencies other than the reporting one, by currency code. */
    public List<AppliedRate> applied() {
        return rates.values().stream().filter(r -> r.validFrom() != null).toList();
    }
}
