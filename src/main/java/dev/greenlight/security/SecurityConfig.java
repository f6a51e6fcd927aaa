package dev.greenlight.security;

import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The REST API's filter chain (API tokens or HTTP Basic, stateless, no CSRF). The Vaadin chain lives in
 * {@code security.ui.ViewSecurityConfig} so that nothing outside a {@code ui} package depends on Vaadin.
 * Scopes: reading needs {@code SCOPE_read}, check-ins {@code SCOPE_actuals:write}, any other write
 * {@code SCOPE_write}; a password sign-in holds all three, so only tokens are narrowed.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {

    /** Monthly check-ins (PRODUCT.md §7), the one thing an {@code actuals:write} token may do. */
    static final String ACTUALS_PATH = "/api/v1/assessments/*/actuals";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").access(passwordSignInOnly())
                        .requestMatchers(HttpMethod.POST, ACTUALS_PATH).hasAuthority(ApiScope.ACTUALS_WRITE_AUTHORITY)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(ApiScope.READ_AUTHORITY)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority(ApiScope.READ_AUTHORITY)
                        .anyRequest().hasAuthority(ApiScope.WRITE_AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(new BasicEntryPoint()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new BasicEntryPoint())
                        .accessDeniedHandler((request, response, denied) -> json(response, HttpStatus.FORBIDDEN,
                                request.getRequestURI().startsWith("/api/v1/tokens")
                                        ? "API tokens cannot manage tokens: sign in with your password"
                                        : "This API token's scopes do not allow this request")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Tokens are managed with a password (HTTP Basic) only: a leaked token cannot mint or hide tokens. */
    private static AuthorizationManager<RequestAuthorizationContext> passwordSignInOnly() {
        return (authentication, context) -> {
            var auth = authentication.get();
            return new AuthorizationDecision(auth != null && auth.isAuthenticated()
                    && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                    && !(auth instanceof ApiTokenAuthentication));
        };
    }

    private static final JsonMapper ERRORS = JsonMapper.builder().build();

    /** The API's error body ({@code status}, {@code message}, {@code errors}), written by a JSON writer in UTF-8. */
    static void json(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var body = new LinkedHashMap<String, Object>();
        body.put("status", status.value());
        body.put("message", message);
        body.put("errors", List.of());
        try {
            ERRORS.writeValue(response.getOutputStream(), body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * 401 with a Basic challenge and a JSON body, never a redirect to the login page; 429 with {@code Retry-After} when
     * the sign-in throttle refused to check the password.
     */
    static final class BasicEntryPoint implements AuthenticationEntryPoint {
        @Override
        public void commence(jakarta.servlet.http.HttpServletRequest request,
                             jakarta.servlet.http.HttpServletResponse response,
                             org.springframework.security.core.AuthenticationException authException) {
            if (authException instanceof SignInThrottledException throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                json(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Greenlight\"");
            json(response, HttpStatus.UNAUTHORIZED,
                    "Authentication required: use an API token (Authorization: Bearer glt_…) or HTTP Basic with your Greenlight user name and password");
        }
    }
}
