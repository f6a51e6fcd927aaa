package dev.greenlight.security;

import java.time.Instant;
import java.util.Set;

/** A token as its owner sees it in the list: never the secret, nor its hash. */
public record ApiTokenSummary(long id, String name, String prefix, Set<ApiScope> scopes, Instant createdAt,
                              Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
