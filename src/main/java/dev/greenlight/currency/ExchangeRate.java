package dev.greenlight.currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A dated exchange rate (V12): one {@code quotedPer} buys {@code rate} units of {@code currency} from {@code validFrom} on. */
@Entity
@Table(name = "exchange_rate")
class ExchangeRate {

    static final int SOURCE_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quoted_per", nullable = false, length = 3, updatable = false)
    private String quotedPer;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, precision = 30, scale = Rates.MAX_DECIMALS)
    private BigDecimal rate;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(nullable = false, length = SOURCE_MAX)
    private String source;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected ExchangeRate() {
    }

    ExchangeRate(String quotedPer, String currency, BigDecimal rate, LocalDate validFrom, String source, Instant recordedAt,
                 String recordedBy) {
        this.quotedPer = quotedPer;
        this.currency = currency;
        this.validFrom = validFrom;
        revise(rate, source, recordedAt, recordedBy);
    }

    /** A corrected figure for the same currency, base and day replaces the one recorded. */
    void revise(BigDecimal rate, String source, Instant recordedAt, String recordedBy) {
        this.rate = rate;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    StoredRate toRecord() {
        return new StoredRate(currency, quotedPer, rate.stripTrailingZeros(), validFrom, source, recordedAt, recordedBy);
    }
}
