package dev.greenlight.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The first users. In the demo profile: one per role, password = user name (shown on the login page).
 * In prod: no demo users. GREENLIGHT_ADMIN_PASSWORD is the admin's password (checked before the server starts by
 * {@link ProductionAdminPasswordCheck}); on a database the demo profile created, every demo account that still
 * has its demo password is disabled, and the admin's demo password is replaced.
 */
@Component
@Order(1)
class UserBootstrap implements ApplicationRunner, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserService users;
    private final Environment environment;
    private final String adminPassword;

    UserBootstrap(UserService users, Environment environment, @Value("${greenlight.admin.password:}") String adminPassword) {
        this.users = users;
        this.environment = environment;
        this.adminPassword = adminPassword;
    }

    /**
     * Prod: once every bean exists (the database is migrated) and before the web server opens its port, so no
     * request ever meets a demo password.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            users.secureForProduction(adminPassword).forEach(done -> log.warn("Production start: {}", done));
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.acceptsProfiles(Profiles.of("prod")) && environment.acceptsProfiles(Profiles.of("demo"))) {
            for (var demo : DemoUser.values()) {
                users.createIfMissing(demo.username(), demo.displayName(), demo.username(), Set.of(demo.role()));
            }
        }
    }
}
