package dev.greenlight.security;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users live in the database with bcrypt hashes; {@link PasswordSignIn}, the one throttled password check, reads them
 * here. Deliberately not a {@code UserDetailsService} bean, which Spring Security would offer to build a password check
 * of its own from.
 */
@Service
class DatabaseUserDetails {

    private final AppUserRepository users;

    DatabaseUserDetails(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public UserDetails load(String username) {
        var user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                // a password sign-in may do all its roles allow: it holds every scope; only tokens are narrowed
                .authorities(Stream.concat(user.getRoles().stream().map(Role::authority),
                                Arrays.stream(ApiScope.values()).map(ApiScope::authority))
                        .map(SimpleGrantedAuthority::new).toList())
                .build();
    }
}
