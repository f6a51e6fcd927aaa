package dev.greenlight.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.RunAs;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditFilter;
import dev.greenlight.audit.AuditLog;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;

/**
 * Brute force over HTTP (issue 12 item 7), with small limits and a hand-moved clock: HTTP Basic gets 429 and
 * Retry-After, the login form a clear message, a user is locked after repeated failures, and failures with
 * invented user names add a bounded number of audit lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "greenlight.signin.failures-per-user=3", "greenlight.signin.failures-per-user-period=1m",
        "greenlight.signin.failures-per-client=1000", "greenlight.signin.lock-after=5", "greenlight.signin.lock-for=15m",
        "greenlight.signin.audit.recorded-per-window=2", "greenlight.signin.audit.window=10m"})
class SignInThrottleHttpTest {

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> basic(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assessments"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void repeated_wrong_passwords_over_the_api_get_429_with_retry_after_even_for_the_right_one() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(basic("pm", "guess-" + i).statusCode()).isEqualTo(401);
        }
        var refused = basic("pm", "pm");
        assertThat(refused.statusCode()).isEqualTo(429);
        var retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.body()).contains("\"status\":429", "try again in");
        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(basic("pm", "pm").statusCode()).isEqualTo(200);
    }

    @Test
    void a_user_is_locked_for_a_while_after_repeated_failures() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(basic("lead", "guess-" + i).statusCode()).isEqualTo(401);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(basic("lead", "guess-3").statusCode()).isEqualTo(401);
        assertThat(basic("lead", "guess-4").statusCode()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(1));
        var locked = basic("lead", "lead");
        assertThat(locked.statusCode()).as("locked: the right password is not even checked").isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isGreaterThan(13 * 60L);
        clock.advance(Duration.ofMinutes(15));
        assertThat(basic("lead", "lead").statusCode()).isEqualTo(200);
    }

    @Test
    void the_login_form_is_throttled_with_a_clear_message() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String location = null;
        for (int i = 0; i < 4; i++) {
            var form = "username=engineer&password=guess-" + i + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            location = response.headers().firstValue("Location").orElseThrow();
            if (i < 3) {
                assertThat(location).contains("/login?error");
            }
        }
        assertThat(location).contains("/login?throttled=");
    }

    @Test
    void failed_sign_ins_with_invented_names_add_a_bounded_number_of_audit_lines() throws Exception {
        clock.advance(Duration.ofMinutes(30));
        long before = count(AuditAction.LOGIN_FAILED);
        for (int i = 0; i < 40; i++) {
            assertThat(basic("nobody-" + i, "x").statusCode()).isEqualTo(401);
        }
        assertThat(count(AuditAction.LOGIN_FAILED) - before).as("one by one only the first of the window").isEqualTo(2);
        long summaries = count(AuditAction.LOGIN_FAILURES_SUMMARISED);
        clock.advance(Duration.ofMinutes(10));
        assertThat(basic("nobody-else", "x").statusCode()).isEqualTo(401);
        assertThat(count(AuditAction.LOGIN_FAILURES_SUMMARISED)).isEqualTo(summaries + 1);
        var summary = RunAs.call("admin", new Role[] {Role.ADMIN}, () -> audit.search(
                new AuditFilter(null, AuditAction.LOGIN_FAILURES_SUMMARISED, null, null, null), PageRequest.of(0, 1)).getContent().get(0));
        assertThat(summary.detail()).startsWith("38 further failed sign-ins from").contains("nobody-2", "attempts with other names");
        assertThat(count(AuditAction.LOGIN_FAILED) - before).as("the new window records again").isEqualTo(3);
    }

    private long count(AuditAction action) {
        return RunAs.call("admin", new Role[] {Role.ADMIN}, () ->
                audit.search(new AuditFilter(null, action, null, null, null), PageRequest.of(0, 1)).getTotalElements());
    }
}
