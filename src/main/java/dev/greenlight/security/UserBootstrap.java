package dev.greenlight.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The first users. In the demo profile: one per role, password = user name (shown on the login page).
 * In prod: no demo users; the first admin's password must come from GREENLIGHT_ADMIN_PASSWORD, and
 * without it the application refuses to start rather than run with no way in or a guessable one.
 */
@Component
@Order(1)
class UserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);
    static final int MIN_ADMIN_PASSWORD = 12;

    private final UserService users;
    private final Environment environment;
    private final String adminPassword;

    UserBootstrap(UserService users, Environment environment, @Value("${greenlight.admin.password:}") String adminPassword) {
        this.users = users;
        this.environment = environment;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        if (prod && demo) {
            throw new IllegalStateException("The 'demo' and 'prod' profiles cannot run together: demo users have known passwords");
        }
        if (prod) {
            createProductionAdmin();
        } else if (demo) {
            createDemoUsers();
        }
    }

    private void createProductionAdmin() {
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("GREENLIGHT_ADMIN_PASSWORD is not set. In the prod profile Greenlight creates "
                    + "its first admin (user 'admin') from this environment variable; set it to a password of at least "
                    + MIN_ADMIN_PASSWORD + " characters and start again.");
        }
        if (adminPassword.length() < MIN_ADMIN_PASSWORD) {
            throw new IllegalStateException("GREENLIGHT_ADMIN_PASSWORD is too short: use at least " + MIN_ADMIN_PASSWORD + " characters.");
        }
        if (users.createIfMissing("admin", "Administrator", adminPassword, Set.of(Role.ADMIN))) {
            log.info("Created the first admin user 'admin' from GREENLIGHT_ADMIN_PASSWORD");
        }
    }

    private void createDemoUsers() {
        for (var demo : DemoUser.values()) {
            users.createIfMissing(demo.username(), demo.displayName(), demo.username(), Set.of(demo.role()));
        }
    }
}
