package dev.greenlight;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL (from a jar, no Docker) for tests that must prove migrations and queries there too.
 * One server per JVM; each Spring context gets a fresh database on it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestDatabase {

    private static EmbeddedPostgres server;

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away either way
                }
            }));
        }
        return server;
    }

    @Bean
    DataSource dataSource() throws Exception {
        var name = "gl_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = server().getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return server().getDatabase("postgres", name);
    }
}
