package dev.greenlight.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * The sign-in throttle refused to check a password. An {@link AuthenticationException}, so Spring Security hands it to
 * the API's entry point (429 with {@code Retry-After}) or the login form's failure handler like any failed sign-in.
 */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins for this user or from this client: try again in " + seconds(retryAfter) + " seconds");
        this.retryAfterSeconds = seconds(retryAfter);
    }

    /** Whole seconds to wait, at least 1: what {@code Retry-After} and the login page say. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
