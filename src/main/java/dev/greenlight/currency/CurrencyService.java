package dev.greenlight.currency;

import dev.greenlight.currency.CurrencyEvents.ExchangeRatesRecorded;
import dev.greenlight.currency.CurrencyEvents.ReportingCurrencyChanged;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting currency and the exchange rates into it (PRODUCT.md §11): admins set the currency, type rates and import
 * the ECB's reference rates; every signed-in feature may ask what an amount is in the reporting currency on a day, at
 * which rate of which date — or that it cannot be converted.
 */
@Service
@Transactional(readOnly = true)
public class CurrencyService {

    /** Rates listed per page at most. */
    public static final int PAGE_MAX = 1_000;

    private final ReportingCurrencyRepository setting;
    private final ExchangeRateRepository rates;
    private final EcbRateStore ecb;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    CurrencyService(ReportingCurrencyRepository setting, ExchangeRateRepository rates, EcbRateStore ecb,
                    ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.setting = setting;
        this.rates = rates;
        this.ecb = ecb;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Today in UTC: rates dated after it are refused, and the portfolio converts at the latest rate on or before it. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @PreAuthorize("isAuthenticated()")
    public String reportingCurrency() {
        return current().currency();
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public String changeReportingCurrency(String currency) {
        var problem = IsoCurrencies.problem(currency);
        if (problem != null) {
            throw new InvalidCurrencyRequestException("currency", problem);
        }
        var row = current();
        var before = row.currency();
        if (!before.equals(currency)) {
            row.change(currency, clock.instant(), currentUser.require());
            events.publishEvent(new ReportingCurrencyChanged(before, currency));
        }
        return currency;
    }

    /**
     * Records a rate typed by an admin: {@code perReportingUnit} units of {@code currency} per one unit of the reporting
     * currency, from {@code validFrom} on. A rate already recorded for the same currency and day is replaced.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public StoredRate recordRate(String currency, BigDecimal perReportingUnit, LocalDate validFrom, String source) {
        var reporting = current().currency();
        var problem = IsoCurrencies.problem(currency);
        if (problem != null) {
            throw new InvalidCurrencyRequestException("currency", problem);
        }
        if (currency.equals(reporting)) {
            throw new InvalidCurrencyRequestException("currency", currency + " is the reporting currency: one " + currency
                    + " is always 1 " + currency);
        }
        var rateProblem = Rates.problem(perReportingUnit);
        if (rateProblem != null) {
            throw new InvalidCurrencyRequestException("perReportingUnit", rateProblem);
        }
        var today = today();
        if (validFrom == null) {
            throw new InvalidCurrencyRequestException("validFrom", "is required: the day the rate applies from, e.g. " + today);
        }
        if (validFrom.isAfter(today)) {
            throw new InvalidCurrencyRequestException("validFrom", validFrom + " is in the future (today is " + today
                    + "): record a rate once it is known");
        }
        var origin = source == null || source.isBlank() ? "typed" : source.strip();
        if (origin.length() > ExchangeRate.SOURCE_MAX) {
            throw new InvalidCurrencyRequestException("source", "at most " + ExchangeRate.SOURCE_MAX + " characters");
        }
        var by = currentUser.require();
        var at = clock.instant();
        var rate = rates.findByQuotedPerAndCurrencyAndValidFrom(reporting, currency, validFrom)
                .map(existing -> {
                    existing.revise(perReportingUnit, origin, at, by);
                    return existing;
                })
                .orElseGet(() -> rates.save(new ExchangeRate(reporting, currency, perReportingUnit, validFrom, origin, at, by)));
        var stored = rate.toRecord();
        events.publishEvent(new ExchangeRatesRecorded("Rate 1 " + reporting + " = " + stored.rate().toPlainString() + " "
                + currency + " from " + validFrom + " (" + origin + ")"));
        return stored;
    }

    /**
     * Imports the ECB's euro reference rates from {@code csv}, the file as the ECB publishes it (the latest day or the
     * whole history). The file is read whole before anything is stored; a malformed line refuses all of it.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public EcbImport importEcb(Reader csv) {
        List<EcbReferenceRates.DailyRate> read;
        try {
            read = EcbReferenceRates.read(csv, today());
        } catch (EcbReferenceRates.MalformedFileException e) {
            throw new MalformedRatesFileException(e.line(), e.reason());
        }
        var days = read.stream().map(EcbReferenceRates.DailyRate::day).distinct().sorted().toList();
        var currencies = read.stream().map(EcbReferenceRates.DailyRate::currency).distinct().sorted().toList();
        var first = days.getFirst();
        var last = days.getLast();
        int replaced = read.isEmpty() ? 0 : ecb.store(read, first, last, clock.instant(), currentUser.require());
        var result = new EcbImport(days.size(), read.size(), replaced, currencies, first, last);
        events.publishEvent(new ExchangeRatesRecorded("ECB reference rates imported: " + result.rates() + " rates of "
                + currencies.size() + " currencies over " + days.size() + (days.size() == 1 ? " day" : " days") + ", "
                + first + (first.equals(last) ? "" : " to " + last) + (replaced == 0 ? "" : "; " + replaced + " replaced")));
        return result;
    }

    /** Recorded rates, newest first; {@code currency} (as either side of a rate) narrows them, null for all. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<StoredRate> rates(String currency, int page, int size) {
        checkFilter(currency);
        if (page < 0) {
            throw new InvalidCurrencyRequestException("page", "must be 0 or more, was " + page);
        }
        if (size < 1 || size > PAGE_MAX) {
            throw new InvalidCurrencyRequestException("size", "must be between 1 and " + PAGE_MAX + ", was " + size);
        }
        return rates.newestFirst(currency, PageRequest.of(page, size)).stream().map(ExchangeRate::toRecord).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long countRates(String currency) {
        checkFilter(currency);
        return rates.countFor(currency);
    }

    /**
     * The rates that turn each of {@code currencies} into the reporting currency on {@code day}: the latest on or before
     * it, directly, inverted or across the currency both are quoted against (see {@link ReportingRates}).
     */
    @PreAuthorize("isAuthenticated()")
    public ReportingRates ratesOn(LocalDate day, Collection<String> currencies) {
        var bases = rates.bases();
        return ReportingRates.resolve(current().currency(), day, currencies, bases, (quotedPer, currency, onOrBefore) -> rates
                .findFirstByQuotedPerAndCurrencyAndValidFromLessThanEqualOrderByValidFromDesc(quotedPer, currency, onOrBefore)
                .map(ExchangeRate::toRecord));
    }

    private static void checkFilter(String currency) {
        if (currency != null && !IsoCurrencies.isKnown(currency)) {
            throw new InvalidCurrencyRequestException("currency", IsoCurrencies.problem(currency));
        }
    }

    private ReportingCurrencySetting current() {
        return setting.findById(ReportingCurrencySetting.ONLY)
                .orElseThrow(() -> new IllegalStateException("V12 migration's reporting_currency row is missing"));
    }
}
