package dev.greenlight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The prod profile creates no demo users and loads no samples, will not even begin to start without an admin
 * password, and started on a database the demo profile created it leaves no demo password usable (issue 12 item 2).
 */
class ProductionBootstrapTest {

    /** Command-line arguments, so they win over application-prod.properties as a real start would. */
    private static ConfigurableApplicationContext start(String profile, String database, String adminPassword,
                                                        ApplicationListener<ApplicationEvent> listener) {
        var builder = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles(profile)
                .properties("vaadin.productionMode=false", "server.port=0");
        if (listener != null) {
            builder.listeners(listener);
        }
        // the database as an argument too: the tests' config/application.properties outranks default properties
        var databaseUrl = "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
        return builder.run(adminPassword == null ? new String[] {databaseUrl}
                : new String[] {databaseUrl, "--greenlight.admin.password=" + adminPassword});
    }

    private static ConfigurableApplicationContext prod(String adminPassword) {
        return start("prod", "prod-" + System.nanoTime(), adminPassword, null);
    }

    @Test
    void prod_refuses_to_start_without_an_admin_password_before_the_server_listens() {
        List<ApplicationEvent> events = new ArrayList<>();
        assertThatThrownBy(() -> start("prod", "prod-" + System.nanoTime(), "", events::add).close())
                .hasStackTraceContaining("GREENLIGHT_ADMIN_PASSWORD is not set");
        assertThat(events).as("refused before an application context, let alone a web server, exists")
                .noneMatch(e -> e instanceof ApplicationContextInitializedEvent || e instanceof WebServerInitializedEvent);
    }

    @Test
    void prod_refuses_a_short_admin_password() {
        assertThatThrownBy(() -> prod("short").close()).hasStackTraceContaining("GREENLIGHT_ADMIN_PASSWORD is too short");
    }

    @Test
    void prod_creates_only_the_first_admin_and_no_sample_data() {
        try (var context = prod("correct-horse-battery")) {
            var users = context.getBean(AppUserRepository.class);
            assertThat(users.findAll()).extracting(AppUser::getUsername).containsExactly("admin");
            assertThat(users.findByUsername("admin").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
            var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isZero();
        }
    }

    @Test
    void prod_on_a_database_the_demo_profile_created_accepts_no_demo_password() throws Exception {
        var database = "demo-then-prod-" + System.nanoTime();
        start("demo", database, null, null).close();
        try (var context = start("prod", database, "correct-horse-battery", null)) {
            var users = context.getBean(AppUserRepository.class);
            var encoder = context.getBean(PasswordEncoder.class);
            for (var demo : List.of(DemoUser.ENGINEER, DemoUser.PM, DemoUser.LEAD)) {
                assertThat(users.findByUsername(demo.username()).orElseThrow().isEnabled()).as(demo.username()).isFalse();
            }
            var admin = users.findByUsername("admin").orElseThrow();
            assertThat(encoder.matches("admin", admin.getPasswordHash())).isFalse();
            assertThat(encoder.matches("correct-horse-battery", admin.getPasswordHash())).isTrue();

            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            for (var demo : DemoUser.values()) {
                assertThat(status(port, demo.username(), demo.username())).as(demo.username() + ":" + demo.username()).isEqualTo(401);
            }
            assertThat(status(port, "admin", "correct-horse-battery")).isEqualTo(200);
            var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'system' and detail like 'Disabled demo user%'",
                    Integer.class)).isEqualTo(3);
        }
    }

    private static int status(int port, String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assessments"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
