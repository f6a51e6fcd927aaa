package dev.greenlight.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/** The V5 migration and the token queries, on H2 and on PostgreSQL. */
@org.springframework.transaction.annotation.Transactional
abstract class ApiTokenRepositoryContract {

    @Autowired
    ApiTokenRepository tokens;
    @Autowired
    AppUserRepository users;
    @Autowired
    TestEntityManager entities;

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    private AppUser owner;

    @BeforeEach
    void owner() {
        owner = users.save(new AppUser("tess", "Tess Token", "{noop}x", Set.of(Role.ENGINEER, Role.PRODUCT_MANAGER)));
    }

    private ApiToken token(String hash, Instant expires) {
        return tokens.save(new ApiToken(owner, "job " + hash, "glt_" + hash.substring(0, 8), hash, EnumSet.of(ApiScope.READ, ApiScope.ACTUALS_WRITE), T0, expires));
    }

    @Test
    void a_token_is_found_by_its_hash_with_its_owner_roles_and_scopes() {
        var saved = token("a".repeat(64), T0.plusSeconds(86_400));
        entities.flush();
        entities.clear();
        var found = tokens.findByHash("a".repeat(64)).orElseThrow();
        assertThat(found.getId()).isEqualTo(saved.getId());
        assertThat(found.getOwner().getUsername()).isEqualTo("tess");
        assertThat(found.getOwner().getRoles()).containsExactlyInAnyOrder(Role.ENGINEER, Role.PRODUCT_MANAGER);
        assertThat(found.getScopes()).containsExactlyInAnyOrder(ApiScope.READ, ApiScope.ACTUALS_WRITE);
        assertThat(tokens.findByHash("b".repeat(64))).isEmpty();
    }

    @Test
    void active_tokens_are_counted_without_revoked_or_expired_ones_and_listed_newest_first() {
        token("1".repeat(64), T0.plusSeconds(86_400));
        token("2".repeat(64), T0.minusSeconds(1));
        var revoked = token("3".repeat(64), T0.plusSeconds(86_400));
        revoked.revoke(T0);
        entities.flush();
        assertThat(tokens.countActive("tess", T0)).isEqualTo(1);
        assertThat(tokens.findByOwner("tess")).hasSize(3);
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        var saved = token("c".repeat(64), T0.plusSeconds(86_400));
        entities.flush();
        assertThat(tokens.touch(saved.getId(), T0, T0.minusSeconds(60))).isEqualTo(1);
        assertThat(tokens.touch(saved.getId(), T0.plusSeconds(30), T0.minusSeconds(30))).isZero();
        assertThat(tokens.touch(saved.getId(), T0.plusSeconds(61), T0.plusSeconds(1))).isEqualTo(1);
        entities.clear();
        assertThat(tokens.findById(saved.getId()).orElseThrow().getLastUsedAt()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void a_hash_is_unique() {
        token("d".repeat(64), T0.plusSeconds(86_400));
        entities.flush();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            token("d".repeat(64), T0.plusSeconds(86_400));
            entities.flush();
        }).isInstanceOf(Exception.class);
    }
}
