package dev.greenlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database created before the review workflow (V1 only, with a submitted assessment) upgrades cleanly: what was
 * submitted becomes its version 1, so reviewers can decide on it. On H2 and on PostgreSQL.
 */
class MigrationUpgradeTest {

    @Test
    void an_h2_database_from_before_review_upgrades() throws Exception {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        upgrades(h2);
    }

    @Test
    void a_postgresql_database_from_before_review_upgrades() throws Exception {
        var name = "up_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = PostgresTestDatabase.server().getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + name);
        }
        upgrades(PostgresTestDatabase.server().getDatabase("postgres", name));
    }

    private static void upgrades(DataSource dataSource) throws Exception {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("insert into app_user (username, display_name, password_hash, enabled, created_at) values ('erin', 'Erin', 'x', true, current_timestamp)");
            s.execute("insert into assessment (title, owner, status, document, created_at, updated_at, version, score, model_version) "
                    + "values ('Old submitted', 'erin', 'SUBMITTED', '{\"title\":\"Old submitted\"}', current_timestamp, current_timestamp, 3, 61.5, 'v1')");
            s.execute("insert into assessment (title, owner, status, document, created_at, updated_at, version) "
                    + "values ('Old draft', 'erin', 'DRAFT', '{\"title\":\"Old draft\"}', current_timestamp, current_timestamp, 0)");
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            var rs = s.executeQuery("select a.title, a.latest_version, a.submitted_at, v.number, v.submitted_by, v.score "
                    + "from assessment a join assessment_version v on v.assessment_id = a.id");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Old submitted");
            assertThat(rs.getInt(2)).isEqualTo(1);
            assertThat(rs.getTimestamp(3)).isNotNull();
            assertThat(rs.getInt(4)).isEqualTo(1);
            assertThat(rs.getString(5)).isEqualTo("erin");
            assertThat(rs.getDouble(6)).isEqualTo(61.5);
            assertThat(rs.next()).isFalse();
            var draft = s.executeQuery("select latest_version, submitted_at from assessment where title = 'Old draft'");
            assertThat(draft.next()).isTrue();
            assertThat(draft.getInt(1)).isZero();
            assertThat(draft.getTimestamp(2)).isNull();
        }
    }
}
