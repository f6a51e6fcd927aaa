package dev.greenlight.security;

import dev.greenlight.scoring.PlainText;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles: seeding for the bootstrap, and administration for admins (create, disable, reset a
 * password, assign roles). The last enabled admin can be neither disabled nor stripped of the role. Every change
 * is audited; passwords never appear in the trail.
 */
@Service
public class UserService {

    public static final int MIN_PASSWORD = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final UserDirectory directory;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, UserDirectory directory) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.directory = directory;
    }

    /**
     * The production start on a database the demo profile may have created: every demo account that still accepts
     * its demo password is disabled, and the admin's password becomes {@code adminPassword} (the admin is created
     * when missing). Returns what was done, for the log. Runs as the system, before any request is served.
     */
    @Transactional
    List<String> secureForProduction(String adminPassword) {
        var done = new java.util.ArrayList<String>();
        for (var demo : DemoUser.values()) {
            if (demo == DemoUser.ADMIN) {
                continue;
            }
            users.findByUsername(demo.username())
                    .filter(u -> u.isEnabled() && passwordEncoder.matches(demo.username(), u.getPasswordHash()))
                    .ifPresent(u -> {
                        u.setEnabled(false);
                        events.publishEvent(new UserEvents.DemoUserDisabled(u.getUsername()));
                        done.add("disabled demo user '" + u.getUsername() + "' (it still had its demo password)");
                    });
        }
        var admin = users.findByUsername(DemoUser.ADMIN.username());
        if (admin.isEmpty()) {
            users.save(new AppUser(DemoUser.ADMIN.username(), "Administrator", passwordEncoder.encode(adminPassword), Set.of(Role.ADMIN)));
            done.add("created the first admin user 'admin' from GREENLIGHT_ADMIN_PASSWORD");
        } else if (!passwordEncoder.matches(adminPassword, admin.get().getPasswordHash())) {
            admin.get().setPasswordHash(passwordEncoder.encode(adminPassword));
            events.publishEvent(new UserEvents.AdminPasswordSetFromEnvironment(admin.get().getUsername()));
            done.add("set the password of 'admin' from GREENLIGHT_ADMIN_PASSWORD");
        }
        return done;
    }

    /** Creates the user unless one of that name exists; returns whether it was created. */
    @Transactional
    public boolean createIfMissing(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (users.existsByUsername(username)) {
            return false;
        }
        users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), roles));
        // created without an event (the bootstrap, tests): the directory must not keep the name as unknown
        directory.forget(username);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserService::summary).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public UserSummary create(String username, String displayName, String password, Set<Role> roles) {
        var name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserAdminException("username", "use 2–64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        if (users.existsByUsername(name)) {
            throw new UserAdminException("username", "“" + name + "” is taken");
        }
        var display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > AppUser.DISPLAY_NAME_MAX) {
            throw new UserAdminException("displayName", "is required, at most " + AppUser.DISPLAY_NAME_MAX + " characters");
        }
        var notPlain = PlainText.problem(display);
        if (notPlain.isPresent()) {
            throw new UserAdminException("displayName", notPlain.get());
        }
        requirePassword(password);
        requireRoles(roles);
        var saved = users.save(new AppUser(name, display, passwordEncoder.encode(password), roles));
        events.publishEvent(new UserChanged(name, true, "Created user " + name + " with roles " + sorted(roles)));
        return summary(saved);
    }

    /**
     * Several changes to one user at once (any of them may be null): all of them or none. Everything is checked
     * before anything changes, and a refusal of a later change rolls back the earlier ones and their audit entries.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public UserSummary change(String username, Boolean enabled, Set<Role> roles, String password) {
        if (enabled == null && roles == null && password == null) {
            throw new UserAdminException("$", "send at least one of enabled, roles, password");
        }
        if (roles != null) {
            requireRoles(roles);
        }
        if (password != null) {
            requirePassword(password);
        }
        var result = summary(load(username));
        if (roles != null) {
            result = setRoles(username, roles);
        }
        if (enabled != null) {
            result = setEnabled(username, enabled);
        }
        if (password != null) {
            result = resetPassword(username, password);
        }
        return result;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public UserSummary setEnabled(String username, boolean enabled) {
        var user = load(username);
        if (!enabled && user.isEnabled() && user.getRoles().contains(Role.ADMIN) && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new UserAdminException("enabled", username + " is the last enabled admin: make someone else an admin first");
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            events.publishEvent(new UserChanged(username, false, (enabled ? "Enabled" : "Disabled") + " user " + username));
        }
        return summary(users.save(user));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public UserSummary resetPassword(String username, String newPassword) {
        var user = load(username);
        requirePassword(newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new UserChanged(username, false, "Reset the password of " + username));
        return summary(users.save(user));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public UserSummary setRoles(String username, Set<Role> roles) {
        var user = load(username);
        requireRoles(roles);
        var before = EnumSet.copyOf(user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : user.getRoles());
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && user.isEnabled()
                && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new UserAdminException("roles", username + " is the last admin: make someone else an admin first");
        }
        if (!before.equals(EnumSet.copyOf(roles))) {
            user.setRoles(roles);
            events.publishEvent(new UserChanged(username, false, "Roles of " + username + ": " + sorted(before) + " → " + sorted(roles)));
        }
        return summary(users.save(user));
    }

    private AppUser load(String username) {
        return users.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new UserAdminException("username", "no user “" + username + "”"));
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            throw new UserAdminException("password", "use " + MIN_PASSWORD + " to 72 characters");
        }
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new UserAdminException("roles", "choose at least one role");
        }
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    private static UserSummary summary(AppUser u) {
        return new UserSummary(u.getUsername(), u.getDisplayName(), u.isEnabled(),
                u.getRoles().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(u.getRoles())), u.getCreatedAt());
    }
}
