package dev.greenlight.currency;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores a whole ECB file in the caller's transaction with JDBC batches: the history file holds some 200,000 rates,
 * too many to load as entities. A rate already stored for the same currency and day is replaced (the ECB corrects
 * rarely, and importing the same file twice changes nothing); the others are inserted. Portable SQL, no upsert dialect.
 */
@Repository
class EcbRateStore {

    private static final int BATCH = 1_000;
    private final JdbcTemplate jdbc;

    EcbRateStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Stores {@code rates}; returns how many replaced a stored rate. */
    int store(List<EcbReferenceRates.DailyRate> rates, LocalDate first, LocalDate last, Instant at, String by) {
        var stored = new HashSet<String>();
        jdbc.query("select currency, valid_from from exchange_rate where quoted_per = ? and valid_from between ? and ?",
                rs -> {
                    stored.add(key(rs.getString(1), rs.getObject(2, LocalDate.class)));
                }, EcbReferenceRates.QUOTED_PER, Date.valueOf(first), Date.valueOf(last));
        var updates = new ArrayList<Object[]>();
        var inserts = new ArrayList<Object[]>();
        var when = Timestamp.from(at);
        for (var r : rates) {
            var day = Date.valueOf(r.day());
            if (stored.contains(key(r.currency(), r.day()))) {
                updates.add(new Object[] {r.perEuro(), EcbReferenceRates.SOURCE, when, by, EcbReferenceRates.QUOTED_PER, r.currency(), day});
            } else {
                inserts.add(new Object[] {EcbReferenceRates.QUOTED_PER, r.currency(), r.perEuro(), day, EcbReferenceRates.SOURCE, when, by});
            }
        }
        batches("update exchange_rate set rate = ?, source = ?, recorded_at = ?, recorded_by = ?"
                + " where quoted_per = ? and currency = ? and valid_from = ?", updates);
        batches("insert into exchange_rate (quoted_per, currency, rate, valid_from, source, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)", inserts);
        return updates.size();
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static String key(String currency, LocalDate day) {
        return currency + "@" + day;
    }
}
