package dev.greenlight.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The names people read (issue 16 item 3): "Erin Engineer", not "engineer". Everything stores and audits the user
 * name; pages and documents ask here when they show who did something. A name this directory does not know — a
 * user removed since, a system actor — is shown as it was stored rather than hidden.
 *
 * <p>A page names the same few people many times (every comment, decision and audit line), so the names found are
 * kept; an admin's change to a user forgets that user once it commits. Names not found are not kept: a user
 * created later (the bootstrap creates users without an event) is named as soon as they exist.
 */
@Component
public class UserDirectory {

    /** Far more users than a team has; when reached the cache starts over rather than grow without bound. */
    static final int CACHE_MAX = 2_000;

    private final AppUserRepository users;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    /** The display name of {@code username}; the user name itself when no user of that name has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String displayName(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        var cached = known.get(username);
        if (cached != null) {
            return cached;
        }
        var found = users.findByUsername(username).map(AppUser::getDisplayName).filter(name -> !name.isBlank());
        if (found.isEmpty()) {
            return username;
        }
        if (known.size() >= CACHE_MAX) {
            known.clear();
        }
        known.put(username, found.get());
        return found.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(UserChanged changed) {
        known.remove(changed.username());
    }
}
