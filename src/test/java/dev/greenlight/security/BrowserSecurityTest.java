package dev.greenlight.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.ApiTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login form's CSRF protection and the browser pages' headers and session cookie (issue 12 items 8 and 9). */
@ApiTest
class BrowserSecurityTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(HttpClient client, String form, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String user, String password) {
        return "username=" + user + "&password=" + password;
    }

    @Test
    void a_cross_site_login_post_without_the_csrf_token_does_not_sign_in() throws Exception {
        get("/login");
        var forged = postLogin(browser, form("admin", "admin"), "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        var home = get("/");
        assertThat(home.statusCode()).as("still signed out: the app sends the browser to the login page").isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        // a browser without any session, as a forged form from another site would be, fares no better
        var fresh = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(postLogin(fresh, form("admin", "admin"), null).statusCode()).isEqualTo(403);
    }

    @Test
    void the_login_form_with_the_pages_csrf_token_signs_in() throws Exception {
        var page = get("/login");
        var token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the login page carries Spring's CSRF token for vaadin-login-form").isTrue();
        var response = postLogin(browser, form("admin", "admin") + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8), null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
    }

    @Test
    void pages_carry_a_content_security_policy_nosniff_and_a_referrer_policy() throws Exception {
        var page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        var csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "object-src 'none'",
                "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var page = get("/login");
        var cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
