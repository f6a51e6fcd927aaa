package dev.greenlight.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses a prod start without a usable GREENLIGHT_ADMIN_PASSWORD before anything else happens: no database
 * connection, no web server listening (issue 12 item 2). Runs once the configuration files and profiles are read,
 * so {@code --greenlight.admin.password=…} and the environment variable both count. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ProductionAdminPasswordCheck implements EnvironmentPostProcessor, Ordered {

    static final int MIN_ADMIN_PASSWORD = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        if (!prod) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("The 'demo' and 'prod' profiles cannot run together: demo users have known passwords");
        }
        var password = environment.getProperty("greenlight.admin.password", "");
        if (password.isBlank()) {
            throw new IllegalStateException("GREENLIGHT_ADMIN_PASSWORD is not set. In the prod profile it is the password of "
                    + "the admin user 'admin' (created if missing, reset to it when it differs); set it to at least "
                    + MIN_ADMIN_PASSWORD + " characters and start again.");
        }
        if (password.length() < MIN_ADMIN_PASSWORD) {
            throw new IllegalStateException("GREENLIGHT_ADMIN_PASSWORD is too short: use at least " + MIN_ADMIN_PASSWORD + " characters.");
        }
    }

    /** After Boot's own post-processors, which read the configuration files and activate the profiles. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
