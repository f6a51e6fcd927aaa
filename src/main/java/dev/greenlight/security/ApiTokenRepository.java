package dev.greenlight.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token and its owner (with roles) in one round trip: this runs on every token-authenticated request. */
    @Query("select t from ApiToken t join fetch t.owner o left join fetch o.roles where t.hash = :hash")
    Optional<ApiToken> findByHash(@Param("hash") String hash);

    @Query("select t from ApiToken t where t.owner.username = :username order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOwner(@Param("username") String username);

    @Query("select count(t) from ApiToken t where t.owner.username = :username and t.revokedAt is null and t.expiresAt > :now")
    long countActive(@Param("username") String username, @Param("now") Instant now);

    /** Last use is kept to the minute: a write per token per minute at most, not one per request. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
