package dev.greenlight.security;

/**
 * What the production start did to users (issue 12 item 2), announced inside its transaction so the audit trail
 * records it, as the system, in the same commit. Changes an admin makes are {@link UserChanged}.
 */
public final class UserEvents {

    private UserEvents() {
    }

    /** The production start disabled a demo account that still had its demo password (issue 12 item 2). */
    public record DemoUserDisabled(String username) {
    }

    /** The production start set the admin's password from GREENLIGHT_ADMIN_PASSWORD. */
    public record AdminPasswordSetFromEnvironment(String username) {
    }
}
