package dev.greenlight.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, as the services see it: the one source of the caller's name and roles. */
@Component
public class CurrentUser {

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    public String require() {
        return username().orElseThrow(() ->
                new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("Sign in first"));
    }

    public boolean hasRole(Role role) {
        return authentication()
                .map(a -> a.getAuthorities().stream().anyMatch(g -> role.authority().equals(g.getAuthority())))
                .orElse(false);
    }

    private static Optional<Authentication> authentication() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
