package dev.greenlight.security;

import dev.greenlight.scoring.PlainText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens (PRODUCT.md §8): create, list, revoke, and the check on every Bearer request.
 * The secret is 32 random bytes (256 bits), so a plain SHA-256 of it is as strong as a password hash and costs
 * microseconds instead of BCrypt's tens of milliseconds. Managing tokens needs a password sign-in: a token cannot
 * create, list or revoke tokens, so a leaked token cannot mint itself a longer life.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "glt_";
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    public static final int MAX_ACTIVE_PER_USER = 50;
    public static final int NAME_MAX = ApiToken.NAME_MAX;
    private static final int SECRET_BYTES = 32;
    private static final int SHOWN_PREFIX = PREFIX.length() + 8;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a token for the signed-in user; the returned secret is shown once and never stored. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedApiToken create(String name, Set<ApiScope> scopes, Integer days) {
        requirePasswordSignIn();
        if (name == null || name.isBlank()) {
            throw new ApiTokenException("name", "is required: say what the token is for");
        }
        if (name.length() > NAME_MAX) {
            throw new ApiTokenException("name", "is at most " + NAME_MAX + " characters, was " + name.length());
        }
        PlainText.problem(name).ifPresent(problem -> {
            throw new ApiTokenException("name", problem);
        });
        if (scopes == null || scopes.isEmpty() || scopes.contains(null)) {
            throw new ApiTokenException("scopes", "choose at least one of read, write, actuals:write");
        }
        if (days == null || days < MIN_DAYS || days > MAX_DAYS) {
            throw new ApiTokenException("expiresInDays", "must be " + MIN_DAYS + " to " + MAX_DAYS + " days, was " + days);
        }
        var owner = users.findByUsername(currentUser.require())
                .orElseThrow(() -> new AccessDeniedException("Only a stored user can hold tokens"));
        var now = Instant.now(clock);
        if (tokens.countActive(owner.getUsername(), now) >= MAX_ACTIVE_PER_USER) {
            throw new ApiTokenException("name", "you already have " + MAX_ACTIVE_PER_USER + " active tokens: revoke one first");
        }
        var secret = newSecret();
        var token = tokens.save(new ApiToken(owner, name, secret.substring(0, SHOWN_PREFIX), hash(secret), scopes,
                now, now.plus(Duration.ofDays(days))));
        events.publishEvent(new ApiTokenCreated(owner.getUsername(), token.getId(), token.getName(), token.getPrefix(),
                token.getScopes(), token.getExpiresAt()));
        return new CreatedApiToken(summary(token), secret);
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included (marked so). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> mine() {
        requirePasswordSignIn();
        return tokens.findByOwner(currentUser.require()).stream().map(ApiTokenService::summary).toList();
    }

    /** Revokes one of the signed-in user's tokens; from the next request on it answers 401. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApiTokenSummary revoke(long id) {
        requirePasswordSignIn();
        var token = tokens.findById(id)
                .filter(t -> t.getOwner().getUsername().equals(currentUser.require()))
                .orElseThrow(() -> new ApiTokenException("id", "you have no token " + id));
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now(clock));
            events.publishEvent(new ApiTokenRevoked(token.getOwner().getUsername(), token.getId(), token.getName(), token.getPrefix()));
        }
        return summary(token);
    }

    /**
     * The authentication a Bearer secret stands for, or empty when it is unknown, expired, revoked or its owner is
     * disabled. The owner's roles are read now, so a role taken away applies to their tokens at once.
     */
    @Transactional
    Optional<ApiTokenAuthentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        return tokens.findByHash(hash(secret)).filter(t -> t.usableAt(now)).map(t -> {
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
                tokens.touch(t.getId(), now, now.minus(LAST_USED_PRECISION));
            }
            return new ApiTokenAuthentication(t.getOwner().getUsername(), t.getOwner().getRoles(), t.getScopes());
        });
    }

    private static void requirePasswordSignIn() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            throw new AccessDeniedException("API tokens cannot manage tokens: sign in with your password (HTTP Basic or the login page)");
        }
    }

    private String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static ApiTokenSummary summary(ApiToken t) {
        return new ApiTokenSummary(t.getId(), t.getName(), t.getPrefix(), t.getScopes(), t.getCreatedAt(),
                t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt());
    }
}
