package dev.greenlight.security.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.greenlight.security.BrowserSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The browser's filter chain: Vaadin's login view, form login, logout; views carry their own access annotations. */
@Configuration
class ViewSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain viewFilterChain(HttpSecurity http, BrowserSecurity browser, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/styles.css", "/images/**").permitAll());
        browser.applyTo(http);
        // Vaadin's own CSRF setup also exempts the login page, so a cross-site POST /login could sign a browser in
        // (login CSRF). Only Vaadin's internal requests, which carry Vaadin's own CSRF token, are exempt here; the
        // login form sends Spring's token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .build();
    }
}
