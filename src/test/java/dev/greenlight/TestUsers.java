package dev.greenlight;

import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import java.util.Set;

/** Users that tests need beyond the demo ones: a second engineer, a PM who also authors. */
public final class TestUsers {

    public static final String OTHER_ENGINEER = "otto";
    public static final String AUTHORING_PM = "pam";

    private TestUsers() {
    }

    public static void create(UserService users) {
        users.createIfMissing(OTHER_ENGINEER, "Otto Other", OTHER_ENGINEER, Set.of(Role.ENGINEER));
        users.createIfMissing(AUTHORING_PM, "Pam Author", AUTHORING_PM, Set.of(Role.PRODUCT_MANAGER, Role.ENGINEER));
    }
}
