package dev.greenlight.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
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
    SecurityFilterChain viewFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/styles.css", "/images/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class))
                .build();
    }
}
