package dev.greenlight.currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row of V12's {@code reporting_currency}: the currency the portfolio totals are in, and who chose it when. */
@Entity
@Table(name = "reporting_currency")
class ReportingCurrencySetting {

    static final short ONLY = 1;

    @Id
    private Short id;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected ReportingCurrencySetting() {
    }

    String currency() {
        return currency;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    void change(String currency, Instant at, String by) {
        this.currency = currency;
        this.changedAt = at;
        this.changedBy = by;
    }
}
