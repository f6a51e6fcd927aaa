package dev.greenlight.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the sign-in throttle's buckets live. On PostgreSQL they are rows of {@code sign_in_bucket}, locked with
 * {@code SELECT ... FOR UPDATE} for each take or give-back (Bucket4j's PostgreSQL integration), so every instance on
 * the database shares one limit. On H2, which serves one instance only, they live in a bounded Caffeine cache. A
 * bucket that has refilled completely is forgotten a minute later: it would behave exactly like a new one.
 */
@Component
class SignInBuckets {

    private static final Logger log = LoggerFactory.getLogger(SignInBuckets.class);
    /** In memory: buckets kept at most; past it the least recently used go first. */
    static final int MAX_IN_MEMORY = 30_000;
    private static final ExpirationAfterWriteStrategy FORGET_WHEN_FULL =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1));
    private static final int CLEANUP_BATCH = 1_000;

    private final ProxyManager<Long> store;

    @Autowired
    SignInBuckets(DataSource dataSource, Clock clock) {
        this(isPostgres(dataSource) ? inPostgres(dataSource, clock) : inMemory(clock));
        log.info("Sign-in throttle buckets are kept {}", store instanceof ExpiredEntriesCleaner
                ? "in PostgreSQL (table sign_in_bucket), shared by every instance" : "in this instance's memory");
    }

    SignInBuckets(ProxyManager<Long> store) {
        this.store = store;
    }

    ProxyManager<Long> store() {
        return store;
    }

    static ProxyManager<Long> inMemory(Clock clock) {
        return Bucket4jCaffeine.<Long>builderFor(Caffeine.newBuilder().maximumSize(MAX_IN_MEMORY))
                .clientClock(meter(clock))
                .expirationAfterWrite(FORGET_WHEN_FULL)
                .build();
    }

    static ProxyManager<Long> inPostgres(DataSource dataSource, Clock clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.LONG)
                .table("sign_in_bucket")
                .clientClock(meter(clock))
                .expirationAfterWrite(FORGET_WHEN_FULL)
                .build();
    }

    /** Deletes the rows of buckets that have been full for a minute (the in-memory cache expires them itself). */
    @Scheduled(fixedDelayString = "${greenlight.signin.cleanup-every:10m}", initialDelayString = "${greenlight.signin.cleanup-every:10m}")
    void removeFullBuckets() {
        if (store instanceof ExpiredEntriesCleaner cleaner) {
            int removed;
            do {
                removed = cleaner.removeExpired(CLEANUP_BATCH);
            } while (removed == CLEANUP_BATCH);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the sign-in throttle's buckets", e);
        }
    }

    /** The application's clock (a test's hand-moved one, the demo's), in the unit Bucket4j counts in. */
    private static TimeMeter meter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
