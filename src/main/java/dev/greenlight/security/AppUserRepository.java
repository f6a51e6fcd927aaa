package dev.greenlight.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    java.util.List<AppUser> findAllByOrderByUsernameAsc();

    /** Enabled users holding {@code role}: the last admin must stay an enabled admin. */
    @org.springframework.data.jpa.repository.Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(@org.springframework.data.repository.query.Param("role") Role role);
}
