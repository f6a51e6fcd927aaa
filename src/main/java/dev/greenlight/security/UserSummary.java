package dev.greenlight.security;

import java.time.Instant;
import java.util.Set;

/** A user as the administration screen shows it (never the password hash). */
public record UserSummary(String username, String displayName, boolean enabled, Set<Role> roles, Instant createdAt) {
}
