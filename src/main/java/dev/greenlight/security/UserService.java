package dev.greenlight.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles. Administration screens come with the review issue; today it seeds and looks up. */
@Service
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the user unless one of that name exists; returns whether it was created. */
    @Transactional
    public boolean createIfMissing(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (users.existsByUsername(username)) {
            return false;
        }
        users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), roles));
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName);
    }
}
