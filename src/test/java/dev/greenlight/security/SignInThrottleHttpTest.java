package dev.greenlight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.greenlight.RunAs;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditFilter;
import dev.greenlight.audit.AuditLog;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Brute force over HTTP (issue 12 item 7, issue 21 item 5), with small limits and a hand-moved clock: HTTP Basic gets
 * 429 and Retry-After, the login form a clear message, parallel guesses get no more password checks than the limit,
 * an attacker at one address cannot keep the user out at another, and failures with invented user names add a
 * bounded number of audit lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "greenlight.signin.per-user-and-client=3", "greenlight.signin.per-user-and-client-period=1m",
        "greenlight.signin.per-user=20", "greenlight.signin.per-user-period=1m",
        "greenlight.signin.per-client=1000", "greenlight.signin.per-client-period=1m",
        "greenlight.signin.audit.recorded-per-window=2", "greenlight.signin.audit.window=10m",
        "greenlight.signin.audit.flush-every=200ms"})
class SignInThrottleHttpTest {

    @TestConfiguration
    static class HandMovedClockAndCountedPasswordChecks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }

        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }

    /** bcrypt, counting how often a password is compared: the cost an attacker can make the server pay. */
    static final class CountingPasswordEncoder implements PasswordEncoder {
        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    CountingPasswordEncoder passwords;
    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> basic(String user, String password) throws Exception {
        return basic(http, user, password);
    }

    private HttpResponse<String> basic(HttpClient client, String user, String password) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/assessments"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client whose requests come from another loopback address, as if from another computer. */
    private static HttpClient from(String address) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
    }

    @Test
    void repeated_wrong_passwords_over_the_api_get_429_with_retry_after_even_for_the_right_one() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(basic("pm", "guess-" + i).statusCode()).isEqualTo(401);
        }
        var refused = basic("pm", "pm");
        assertThat(refused.statusCode()).isEqualTo(429);
        var retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 20L);
        assertThat(refused.body()).contains("\"status\":429", "try again in");
        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(basic("pm", "pm").statusCode()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(basic("pm", "pm").statusCode()).as("a right password gives its check back").isEqualTo(200);
        }
    }

    @Test
    void sixty_parallel_guesses_get_no_more_password_checks_than_the_limit() throws Exception {
        clock.advance(Duration.ofMinutes(5));
        int before = passwords.checks.get();
        var start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(30)) {
            for (int i = 0; i < 60; i++) {
                var password = "guess-" + i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return basic("admin", password).statusCode();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).isEqualTo(3);
        }
        assertThat(passwords.checks.get() - before).as("bcrypt comparisons for 60 guesses from 30 threads").isEqualTo(3);
    }

    @Test
    void an_attacker_at_one_address_cannot_keep_the_user_out_at_another() throws Exception {
        clock.advance(Duration.ofMinutes(5));
        var attacker = from("127.0.0.2");
        var user = from("127.0.0.3");
        for (int minute = 0; minute < 10; minute++) {
            for (int i = 0; i < 5; i++) {
                assertThat(basic(attacker, "lead", "guess-" + minute + "-" + i).statusCode()).isIn(401, 429);
            }
            assertThat(basic(user, "lead", "lead").statusCode()).as("the real user in minute " + minute).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));
        }
        for (int i = 0; i < 3; i++) {
            basic(attacker, "lead", "guess-" + i);
        }
        assertThat(basic(attacker, "lead", "lead").statusCode()).as("the attacking address itself is paused").isEqualTo(429);
        assertThat(basic(user, "lead", "lead").statusCode()).isEqualTo(200);
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
    void failed_sign_ins_with_invented_names_add_a_bounded_number_of_audit_lines_summarised_when_the_window_closes() throws Exception {
        clock.advance(Duration.ofMinutes(30));
        long before = count(AuditAction.LOGIN_FAILED);
        for (int i = 0; i < 40; i++) {
            assertThat(basic("nobody-" + i, "x").statusCode()).isEqualTo(401);
        }
        assertThat(count(AuditAction.LOGIN_FAILED) - before).as("one by one only the first of the window").isEqualTo(2);
        long summaries = count(AuditAction.LOGIN_FAILURES_SUMMARISED);
        clock.advance(Duration.ofMinutes(10));
        // no further sign-in: the scheduled flush writes the summary of the window that has closed
        await().atMost(Duration.ofSeconds(10)).until(() -> count(AuditAction.LOGIN_FAILURES_SUMMARISED) == summaries + 1);
        assertThat(count(AuditAction.LOGIN_FAILED) - before).isEqualTo(2);
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
