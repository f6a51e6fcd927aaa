package dev.greenlight.security;

import java.util.Set;

/**
 * What happened to users, announced inside the changing transaction so the audit trail records it in the same
 * commit (the audit module listens; security does not call it).
 */
public final class UserEvents {

    private UserEvents() {
    }

    public record UserCreated(String username, Set<Role> roles) {
    }

    public record UserEnabledChanged(String username, boolean enabled) {
    }

    public record UserPasswordReset(String username) {
    }

    public record UserRolesChanged(String username, Set<Role> before, Set<Role> after) {
    }

    /** The production start disabled a demo account that still had its demo password (issue 12 item 2). */
    public record DemoUserDisabled(String username) {
    }

    /** The production start set the admin's password from GREENLIGHT_ADMIN_PASSWORD. */
    public record AdminPasswordSetFromEnvironment(String username) {
    }
}
