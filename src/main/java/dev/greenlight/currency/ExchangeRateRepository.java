package dev.greenlight.currency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExchangeRateRepository extends JpaRepository<ExchangeRate, Long> {

    /** The latest rate of a pair on or before {@code day}: the unique key (quoted_per, currency, valid_from) answers it. */
    Optional<ExchangeRate> findFirstByQuotedPerAndCurrencyAndValidFromLessThanEqualOrderByValidFromDesc(
            String quotedPer, String currency, LocalDate day);

    Optional<ExchangeRate> findByQuotedPerAndCurrencyAndValidFrom(String quotedPer, String currency, LocalDate validFrom);

    /** The currencies rates are quoted against: EUR for the ECB's, and each reporting currency rates were typed in. */
    @Query("select distinct r.quotedPer from ExchangeRate r")
    List<String> bases();

    /** Newest first; {@code currency} null for all. */
    @Query("select r from ExchangeRate r where :currency is null or r.currency = :currency or r.quotedPer = :currency"
            + " order by r.validFrom desc, r.currency, r.quotedPer")
    List<ExchangeRate> newestFirst(String currency, Pageable page);

    @Query("select count(r) from ExchangeRate r where :currency is null or r.currency = :currency or r.quotedPer = :currency")
    long countFor(String currency);
}
