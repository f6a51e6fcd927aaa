package dev.greenlight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;

/** The prod profile creates no demo users, loads no samples, and will not start without an admin password. */
class ProductionBootstrapTest {

    /** Command-line arguments, so they win over application-prod.properties as a real start would. */
    private static org.springframework.context.ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("prod")
                .properties("spring.datasource.url=jdbc:h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "vaadin.productionMode=false", "server.port=0")
                .run("--greenlight.admin.password=" + adminPassword);
    }

    @Test
    void prod_refuses_to_start_without_an_admin_password() {
        assertThatThrownBy(() -> start("").close())
                .hasStackTraceContaining("GREENLIGHT_ADMIN_PASSWORD is not set");
    }

    @Test
    void prod_creates_only_the_first_admin_and_no_sample_data() {
        try (var context = start("correct-horse-battery")) {
            var users = context.getBean(AppUserRepository.class);
            assertThat(users.findAll()).extracting(AppUser::getUsername).containsExactly("admin");
            assertThat(users.findByUsername("admin").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
            var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isZero();
        }
    }
}
