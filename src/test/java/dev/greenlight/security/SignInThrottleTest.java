package dev.greenlight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The throttle's rules on a hand-moved clock (issue 21 item 5): tokens are taken before a check and kept by a failure,
 * a success gives them back, parallel attempts never get more checks than a bucket holds, and one address cannot keep
 * a user out at another.
 */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    /** 3 checks a minute per user and client, 10 per user in 3 minutes (faster than one client), 5 per client in 10. */
    private SignInThrottle throttle = throttle(3, Duration.ofMinutes(1), 10, Duration.ofMinutes(3), 5, Duration.ofMinutes(10));

    private SignInThrottle throttle(int perUserAndClient, Duration perUserAndClientPeriod, int perUser, Duration perUserPeriod,
                                    int perClient, Duration perClientPeriod) {
        return new SignInThrottle(new SignInBuckets(SignInBuckets.inMemory(clock)), perUserAndClient, perUserAndClientPeriod,
                perUser, perUserPeriod, perClient, perClientPeriod);
    }

    /** One password check that fails: the permit is taken and never given back. */
    private boolean guess(String user, String client) {
        try {
            throttle.acquire(user, client);
            return true;
        } catch (SignInThrottledException refused) {
            return false;
        }
    }

    private boolean signIn(String user, String client) {
        try {
            throttle.acquire(user, client).succeeded();
            return true;
        } catch (SignInThrottledException refused) {
            return false;
        }
    }

    @Test
    void failures_for_one_user_from_one_client_are_throttled_then_allowed_again_as_the_bucket_refills() {
        for (int i = 0; i < 3; i++) {
            assertThat(guess("erin", "10.0.0.1")).isTrue();
        }
        assertThatThrownBy(() -> throttle.acquire("ERIN", "10.0.0.1"))
                .as("user names are compared case-insensitively, and the right password is not even checked")
                .isInstanceOfSatisfying(SignInThrottledException.class, refused ->
                        assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L));
        assertThat(signIn("pat", "10.0.0.1")).as("other users are not affected").isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(guess("erin", "10.0.0.1")).as("one check is back after a third of the minute").isTrue();
        assertThat(guess("erin", "10.0.0.1")).isFalse();
    }

    @Test
    void a_right_password_gives_its_tokens_back_so_signing_in_often_is_never_slowed() {
        for (int i = 0; i < 100; i++) {
            assertThat(signIn("pat", "10.2.0.1")).isTrue();
        }
        assertThat(guess("pat", "10.2.0.1")).isTrue();
    }

    @Test
    void parallel_guesses_never_get_more_checks_than_the_bucket_holds() throws Exception {
        var checks = new AtomicInteger();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(30)) {
            var done = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 60; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    if (guess("lee", "10.1.0.1")) {
                        checks.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) {
                f.get();
            }
        }
        assertThat(checks).hasValue(3);
    }

    @Test
    void failures_from_one_client_are_throttled_whatever_user_names_it_invents() {
        for (int i = 0; i < 5; i++) {
            assertThat(guess("invented-" + i, "203.0.113.7")).isTrue();
        }
        assertThat(guess("invented-99", "203.0.113.7")).isFalse();
        assertThat(signIn("erin", "203.0.113.7")).as("the client is paused for every name").isFalse();
        assertThat(signIn("erin", "198.51.100.1")).as("other clients are not").isTrue();
    }

    @Test
    void an_attacker_at_one_address_never_keeps_the_user_out_at_another_however_long_they_keep_guessing() {
        throttle = throttle(5, Duration.ofMinutes(15), 50, Duration.ofHours(1), 30, Duration.ofMinutes(5));
        int attackerChecks = 0;
        for (int second = 0; second < 24 * 3600; second += 10) {
            if (guess("admin", "203.0.113.7")) {
                attackerChecks++;
            }
            if (second % 600 == 0) {
                assertThat(signIn("admin", "198.51.100.1")).as("the real user at " + second + " s").isTrue();
            }
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(attackerChecks).as("5 at once, then one every 3 minutes for a day").isBetween(480, 485);
    }

    @Test
    void many_addresses_together_are_capped_by_the_per_user_bucket() {
        int checks = 0;
        for (int address = 0; address < 20; address++) {
            for (int i = 0; i < 3; i++) {
                if (guess("erin", "10.9.0." + address)) {
                    checks++;
                }
            }
        }
        assertThat(checks).isEqualTo(10);
    }

    @Test
    void limits_that_would_let_one_address_lock_a_user_out_are_refused_at_start() {
        assertThatThrownBy(() -> throttle(5, Duration.ofMinutes(1), 50, Duration.ofHours(1), 30, Duration.ofMinutes(5)))
                .as("5 a minute from one address is 300 an hour, more than the user's 50")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("greenlight.signin.per-user");
        assertThatThrownBy(() -> throttle(5, Duration.ofHours(1), 5, Duration.ofMinutes(1), 30, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> throttle(0, Duration.ofHours(1), 5, Duration.ofMinutes(1), 30, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per-user-and-client");
    }
}
