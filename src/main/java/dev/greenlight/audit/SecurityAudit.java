package dev.greenlight.audit;

import dev.greenlight.security.ApiScope;
import dev.greenlight.security.ApiTokenCreated;
import dev.greenlight.security.ApiTokenRevoked;
import dev.greenlight.security.UserEvents;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The security module's token and production-start events into the audit trail (user administration:
 * {@code AdministrationAudit}). Synchronous listeners: the entry is written in the
 * publisher's transaction, so a change and its audit line commit or roll back together.
 */
@Component
class SecurityAudit {

    private static final String SYSTEM = "system";

    private final AuditLog log;

    SecurityAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(ApiTokenCreated e) {
        log.recordAs(e.owner(), AuditAction.TOKEN_CREATED, null, "Created API token “" + e.name() + "” (" + e.prefix()
                + "…) with scopes " + scopes(e.scopes()) + ", expires " + e.expiresAt());
    }

    @EventListener
    void on(ApiTokenRevoked e) {
        log.record(AuditAction.TOKEN_REVOKED, null, "Revoked API token “" + e.name() + "” (" + e.prefix() + "…) of " + e.owner());
    }

    @EventListener
    void on(UserEvents.DemoUserDisabled e) {
        log.recordAs(SYSTEM, AuditAction.USER_CHANGED, null, "Disabled demo user " + e.username()
                + " at the production start: it still had its demo password");
    }

    @EventListener
    void on(UserEvents.AdminPasswordSetFromEnvironment e) {
        log.recordAs(SYSTEM, AuditAction.USER_CHANGED, null, "Set the password of " + e.username()
                + " from GREENLIGHT_ADMIN_PASSWORD at the production start");
    }

    private static String scopes(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::code).collect(Collectors.joining(", ", "[", "]"));
    }
}
