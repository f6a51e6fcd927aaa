package dev.greenlight.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins into the audit trail. Successful ones are the interactive (login form) kind: the stateless API
 * authenticates every request, and a line per API call would drown the trail. Every failure is recorded,
 * from the form and from the API alike.
 */
@Component
class SignInAuditor {

    private final AuditLog log;

    SignInAuditor(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        log.recordAs(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCEEDED, null, "Signed in");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        log.recordAs(event.getAuthentication().getName(), AuditAction.LOGIN_FAILED, null,
                "Sign-in failed: " + event.getException().getMessage());
    }
}
