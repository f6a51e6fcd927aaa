package dev.greenlight.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's rules on a hand-moved clock: per user, per client, the lock and its end (issue 12 item 7). */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    /** 3 failures a minute per user, 5 per 10 minutes per client, a 15-minute lock after 4 failures in a row. */
    private final SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofMinutes(1), 5, Duration.ofMinutes(10), 4, Duration.ofMinutes(15));

    @Test
    void failures_for_one_user_are_throttled_then_allowed_again_as_the_bucket_refills() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("erin", "10.0.0.1")).isEmpty();
            throttle.failed("erin", "10.0.0." + (i + 1));
        }
        var wait = throttle.refusal("erin", "10.0.0.9");
        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.refusal("ERIN", "10.0.0.9")).as("user names are compared case-insensitively").isPresent();
        assertThat(throttle.refusal("pat", "10.0.0.9")).as("other users are not affected").isEmpty();
        clock.advance(wait.get());
        assertThat(throttle.refusal("erin", "10.0.0.9")).isEmpty();
    }

    @Test
    void failures_from_one_client_are_throttled_whatever_user_names_it_invents() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("invented-" + i, "203.0.113.7");
        }
        assertThat(throttle.refusal("invented-99", "203.0.113.7")).isPresent();
        assertThat(throttle.refusal("erin", "203.0.113.7")).as("the client is paused for every name").isPresent();
        assertThat(throttle.refusal("erin", "198.51.100.1")).as("other clients are not").isEmpty();
    }

    @Test
    void a_user_is_locked_after_repeated_failures_even_for_the_right_password_until_the_lock_ends() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("lee", "10.1.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.locked("lee")).isTrue();
        assertThat(throttle.refusal("lee", "10.9.9.9")).hasValueSatisfying(w -> assertThat(w).isGreaterThan(Duration.ofMinutes(13)));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.locked("lee")).isFalse();
        assertThat(throttle.refusal("lee", "10.9.9.9")).isEmpty();
    }

    @Test
    void a_success_ends_the_streak_so_occasional_typos_never_lock() {
        for (int round = 0; round < 5; round++) {
            throttle.failed("pat", "10.2.0.1");
            throttle.failed("pat", "10.2.0.1");
            throttle.succeeded("pat");
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(throttle.locked("pat")).isFalse();
    }
}
