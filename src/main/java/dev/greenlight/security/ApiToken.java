package dev.greenlight.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A personal access token: its hash, never its secret. */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser owner;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_prefix", nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false, unique = true)
    private String hash;

    @Column(nullable = false, length = 64, updatable = false)
    private String scopes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(AppUser owner, String name, String prefix, String hash, Set<ApiScope> scopes, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.prefix = prefix;
        this.hash = hash;
        this.scopes = scopes.stream().sorted().map(ApiScope::code).collect(Collectors.joining(","));
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && owner.isEnabled();
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    Long getId() {
        return id;
    }

    AppUser getOwner() {
        return owner;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    Set<ApiScope> getScopes() {
        var set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(",")).map(ApiScope::ofCode).forEach(s -> s.ifPresent(set::add));
        return set;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
