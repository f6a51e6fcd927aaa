package dev.greenlight.security;

import java.time.Instant;
import java.util.Set;

/** A user created an API token (published inside the creating transaction; the audit trail listens). */
public record ApiTokenCreated(String owner, long tokenId, String name, String prefix, Set<ApiScope> scopes, Instant expiresAt) {
}
