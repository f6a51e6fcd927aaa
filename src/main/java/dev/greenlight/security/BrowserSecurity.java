package dev.greenlight.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.stereotype.Component;

/**
 * What the browser's filter chain adds to Vaadin's defaults (issue 12 items 7 and 9): the login form's answer when the
 * sign-in throttle refused to check a password, and the response headers. Spring Security already sends {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY} and no-cache headers; this adds the Content-Security-Policy and the
 * Referrer-Policy. Vaadin's client engine evaluates code it receives and sets inline styles, so scripts need
 * {@code 'unsafe-inline' 'unsafe-eval'} and styles {@code 'unsafe-inline'}; everything else is same-origin only.
 */
@Component
public class BrowserSecurity {

    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String LOGIN_PATH = "/login";

    private final String contentSecurityPolicy;

    BrowserSecurity(@Value("${greenlight.security.content-security-policy:" + DEFAULT_CSP + "}") String csp) {
        this.contentSecurityPolicy = csp;
    }

    /** Called by the browser chain's configuration before it hands the chain to Vaadin. */
    public void applyTo(HttpSecurity http) throws Exception {
        // Vaadin's configurer sets the same login page later; naming it here too keeps Spring Security from enabling
        // its generated login page, and a failure handler set before the page keeps the plain "?error" redirect out
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(BrowserSecurity::signInFailed));
        // Eagerly: Vaadin's pages are forwarded to its servlet, and a forward commits the response past the lazy
        // header writer, so the bootstrap page would go out without any of these headers.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    /** Back to the login page: {@code ?throttled=<seconds>} when the throttle refused to check, else {@code ?error}. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var login = request.getContextPath() + LOGIN_PATH;
        if (failure instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            response.sendRedirect(login + "?throttled=" + throttled.retryAfterSeconds());
        } else {
            response.sendRedirect(login + "?error");
        }
    }
}
