package dev.greenlight.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a throttled password sign-in before the password is checked: {@code 429} with {@code Retry-After} for
 * HTTP Basic on the API, and back to the login page with {@code ?throttled=<seconds>} for the form.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/login";

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var basicUser = basicUser(request.getHeader("Authorization"));
        if (basicUser != null) {
            var wait = throttle.refusal(basicUser, request.getRemoteAddr());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", String.valueOf(seconds(wait.get())));
                SecurityConfig.json(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this user or "
                        + "from this client: try again in " + seconds(wait.get()) + " seconds");
                return;
            }
        } else if ("POST".equals(request.getMethod())
                && LOGIN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            var wait = throttle.refusal(request.getParameter("username"), request.getRemoteAddr());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", String.valueOf(seconds(wait.get())));
                response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?throttled=" + seconds(wait.get()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name of an HTTP Basic header, or null when there is none (or it cannot be read: Basic refuses it). */
    static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            var decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
