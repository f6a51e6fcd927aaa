package dev.greenlight.security;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users live in the database with bcrypt hashes; the login form and HTTP Basic both read them here. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
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
