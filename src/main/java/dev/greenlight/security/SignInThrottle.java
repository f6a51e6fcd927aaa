package dev.greenlight.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * How many password checks a sign-in may cost: every way of signing in with a password (the login form, HTTP Basic,
 * and any future one, such as an OpenID Connect login) asks here first, with {@link #acquire}, and only then checks.
 * <p>
 * Each check takes a token from three Bucket4j buckets <em>before</em> the password is compared: one for the user
 * name from this client address, one for the user name from anywhere, one for the client address whatever names it
 * tries. A right password gives the tokens back ({@link Permit#succeeded()}); a wrong one keeps them. So parallel
 * guesses can never start more checks than a bucket holds, and the per-user bucket is large and quick enough that
 * one client address alone can never empty it (checked at start-up): an attacker at one address is stopped by their
 * own buckets and cannot keep the real user, at another address, out (docs/decisions/011-sign-in-throttle.md).
 * <p>
 * Invented user names cost like real ones, so a refusal tells nothing about which names exist. The buckets live where
 * {@link SignInBuckets} puts them: in memory, or in PostgreSQL shared by every instance. Keys are hashes, so neither
 * store holds user names or addresses.
 */
@Service
public class SignInThrottle {

    private final ProxyManager<Long> buckets;
    private final Limit perUserAndClient;
    private final Limit perUser;
    private final Limit perClient;

    /** One bucket kind: this many password checks per period, refilled gradually. */
    record Limit(String kind, int checks, Duration period) {

        Limit {
            if (checks < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("greenlight.signin." + kind + " must allow at least one check in a positive period, not "
                        + checks + " per " + period);
            }
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(limit -> limit.capacity(checks).refillGreedy(checks, period)).build();
        }

        /** Tells a stored bucket that its limit changed (Bucket4j then replaces it, keeping the tokens it has). */
        long version() {
            return Math.abs((long) (31 * checks) + period.toMillis());
        }

        double perHour() {
            return checks * (double) Duration.ofHours(1).toNanos() / period.toNanos();
        }
    }

    SignInThrottle(SignInBuckets buckets,
                   @Value("${greenlight.signin.per-user-and-client:5}") int perUserAndClient,
                   @Value("${greenlight.signin.per-user-and-client-period:15m}") Duration perUserAndClientPeriod,
                   @Value("${greenlight.signin.per-user:50}") int perUser,
                   @Value("${greenlight.signin.per-user-period:1h}") Duration perUserPeriod,
                   @Value("${greenlight.signin.per-client:30}") int perClient,
                   @Value("${greenlight.signin.per-client-period:5m}") Duration perClientPeriod) {
        this.buckets = buckets.store();
        this.perUserAndClient = new Limit("per-user-and-client", perUserAndClient, perUserAndClientPeriod);
        this.perUser = new Limit("per-user", perUser, perUserPeriod);
        this.perClient = new Limit("per-client", perClient, perClientPeriod);
        if (this.perUser.checks() <= this.perUserAndClient.checks() || this.perUser.perHour() <= this.perUserAndClient.perHour()) {
            throw new IllegalArgumentException("greenlight.signin.per-user (" + perUser + " per " + perUserPeriod + ") must allow more "
                    + "checks, and more per hour, than greenlight.signin.per-user-and-client (" + perUserAndClient + " per "
                    + perUserAndClientPeriod + "), or one client address alone could lock the user out");
        }
    }

    /** Leave to check one password; give it back with {@link #succeeded()} when the password was right. */
    public static final class Permit {

        private final List<BucketProxy> taken;

        private Permit(List<BucketProxy> taken) {
            this.taken = taken;
        }

        /** The password was right: the check costs nothing, so a user who signs in often is never slowed. */
        public void succeeded() {
            taken.forEach(bucket -> bucket.addTokens(1));
        }
    }

    /**
     * Takes the tokens for one password check of {@code username} from {@code client}, before the check.
     *
     * @throws SignInThrottledException when a bucket is empty: do not check the password, tell the caller when to retry
     */
    public Permit acquire(String username, String client) {
        var user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        var address = client == null ? "" : client;
        var taken = new ArrayList<BucketProxy>(3);
        // most specific first: an address that guesses one user's password is stopped by its own bucket before it
        // touches the user's shared one
        for (var step : List.of(new Step(perUserAndClient, "uc\n" + user + "\n" + address),
                new Step(perClient, "c\n" + address), new Step(perUser, "u\n" + user))) {
            var bucket = buckets.builder()
                    .withImplicitConfigurationReplacement(step.limit().version(), TokensInheritanceStrategy.AS_IS)
                    .build(key(step.key()), step.limit()::configuration);
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(b -> b.addTokens(1));
                throw new SignInThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
            taken.add(bucket);
        }
        return new Permit(taken);
    }

    private record Step(Limit limit, String key) {
    }

    /** The client address a sign-in came from, as the throttle and the audit trail name it. */
    public static String client(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
    }

    /** 64 bits of SHA-256: a fixed-size key for any length of name, and no names or addresses in the store. */
    static long key(String text) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
