package dev.greenlight.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection for password sign-ins (login form and HTTP Basic alike). Failed attempts are
 * rate-limited per user name and per client address with Bucket4j token buckets; a user name is locked for a
 * while after repeated failures in a row, even for the right password. Only failures consume: a correct password
 * costs nothing, so API clients on HTTP Basic are not slowed. State is in memory, per instance, and bounded
 * (the oldest entries go first); a restart forgets it. Invented user names count like real ones, so the refusal
 * tells nothing about which names exist.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final TimeMeter time;
    private final int perUser;
    private final Duration perUserPeriod;
    private final int perClient;
    private final Duration perClientPeriod;
    private final int lockAfter;
    private final Duration lockFor;
    private final Map<String, Bucket> users = bounded();
    private final Map<String, Bucket> clients = bounded();
    private final Map<String, Streak> streaks = bounded();

    /** Failures in a row for one user name, and until when it is locked. */
    private record Streak(int failures, Instant lockedUntil) {
    }

    SignInThrottle(Clock clock,
                   @Value("${greenlight.signin.failures-per-user:5}") int perUser,
                   @Value("${greenlight.signin.failures-per-user-period:1m}") Duration perUserPeriod,
                   @Value("${greenlight.signin.failures-per-client:30}") int perClient,
                   @Value("${greenlight.signin.failures-per-client-period:5m}") Duration perClientPeriod,
                   @Value("${greenlight.signin.lock-after:10}") int lockAfter,
                   @Value("${greenlight.signin.lock-for:15m}") Duration lockFor) {
        this.clock = clock;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.perUser = perUser;
        this.perUserPeriod = perUserPeriod;
        this.perClient = perClient;
        this.perClientPeriod = perClientPeriod;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    /** How long the caller must wait before a password for {@code username} from {@code client} is even checked. */
    public Optional<Duration> refusal(String username, String client) {
        var user = key(username);
        var now = Instant.now(clock);
        Duration wait = Duration.ZERO;
        synchronized (streaks) {
            var streak = streaks.get(user);
            if (streak != null && streak.lockedUntil() != null && now.isBefore(streak.lockedUntil())) {
                wait = Duration.between(now, streak.lockedUntil());
            }
        }
        wait = longest(wait, waitFor(users, user, perUser, perUserPeriod));
        wait = longest(wait, waitFor(clients, client, perClient, perClientPeriod));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Whether {@code username} is locked now (the form says so instead of "wrong password"). */
    public boolean locked(String username) {
        synchronized (streaks) {
            var streak = streaks.get(key(username));
            return streak != null && streak.lockedUntil() != null && Instant.now(clock).isBefore(streak.lockedUntil());
        }
    }

    void failed(String username, String client) {
        var user = key(username);
        bucket(users, user, perUser, perUserPeriod).tryConsume(1);
        bucket(clients, client, perClient, perClientPeriod).tryConsume(1);
        synchronized (streaks) {
            var before = streaks.get(user);
            int failures = (before == null ? 0 : before.failures()) + 1;
            if (failures >= lockAfter) {
                streaks.put(user, new Streak(0, Instant.now(clock).plus(lockFor)));
                log.warn("Sign-in for '{}' locked for {} after {} failures in a row (last from {})", user, lockFor, failures, client);
            } else {
                streaks.put(user, new Streak(failures, before == null ? null : before.lockedUntil()));
            }
        }
    }

    void succeeded(String username) {
        synchronized (streaks) {
            streaks.remove(key(username));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var auth = event.getAuthentication();
        failed(auth.getName(), client(auth.getDetails()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            succeeded(event.getAuthentication().getName());
        }
    }

    /** The client address a sign-in came from, as the throttle and the audit trail name it. */
    public static String client(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
    }

    private Duration waitFor(Map<String, Bucket> map, String key, int capacity, Duration period) {
        var probe = bucket(map, key, capacity, period).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(Map<String, Bucket> map, String key, int capacity, Duration period) {
        synchronized (map) {
            return map.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                    .withCustomTimePrecision(time)
                    .build());
        }
    }

    /** User names are case-insensitive here, so "Admin" and "admin" share one budget. */
    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }
}
