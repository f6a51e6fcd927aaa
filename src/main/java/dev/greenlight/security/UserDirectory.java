package dev.greenlight.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The names people read (issue 16 item 3): "Erin Engineer", not "engineer". Everything stores and audits the user
 * name; pages and documents ask here when they show who did something. A name this directory does not know — a
 * user removed since, a system actor — is shown as it was stored rather than hidden.
 *
 * <p>A page names the same few people many times (every comment, decision and audit line), so the names found are
 * kept; an admin's change to a user forgets that user once it commits, and creating a user forgets that the name
 * was unknown. Names of nobody are kept for a short while only, so a user created by another instance of the
 * application is named soon too.
 */
@Component
public class UserDirectory {

    /** Far more users than a team has; when reached the cache starts over rather than grow without bound. */
    static final int CACHE_MAX = 2_000;

    /**
     * How long a name that is no user's stays unknown before it is looked up again: audit lines of failed sign-ins
     * or of removed users would otherwise cost a query each.
     */
    static final Duration UNKNOWN_KEPT = Duration.ofSeconds(30);

    private final AppUserRepository users;
    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final Map<String, Long> unknown = new ConcurrentHashMap<>();

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    /** The display name of {@code username}; the user name itself when no user of that name has one. */
    @PreAuthorize("isAuthenticated()")
    public String displayName(String username) {
        return lookup(username);
    }

    /**
     * {@link #displayName} for naming many people in a row — a grid's pages, a 100,000-row portfolio export: the
     * caller is checked once here rather than on every name, which costs more than a cached name itself.
     */
    @PreAuthorize("isAuthenticated()")
    public UnaryOperator<String> names() {
        return this::lookup;
    }

    /**
     * Not transactional: a cached name needs no connection, and the repository reads a missing one in its own
     * read-only transaction (or the caller's).
     */
    private String lookup(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        var cached = known.get(username);
        if (cached != null) {
            return cached;
        }
        var missedUntil = unknown.get(username);
        if (missedUntil != null && System.nanoTime() - missedUntil < 0) {
            return username;
        }
        var found = users.findByUsername(username).map(AppUser::getDisplayName).filter(name -> !name.isBlank());
        if (known.size() + unknown.size() >= CACHE_MAX) {
            known.clear();
            unknown.clear();
        }
        if (found.isEmpty()) {
            unknown.put(username, System.nanoTime() + UNKNOWN_KEPT.toNanos());
            return username;
        }
        unknown.remove(username);
        known.put(username, found.get());
        return found.get();
    }

    /** A user created here is named at once; one created by another instance within {@link #UNKNOWN_KEPT}. */
    void forget(String username) {
        known.remove(username);
        unknown.remove(username);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(UserChanged changed) {
        forget(changed.username());
    }
}
