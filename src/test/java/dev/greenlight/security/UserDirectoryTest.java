package dev.greenlight.security;

import static dev.greenlight.RunAs.admin;
import static dev.greenlight.RunAs.anonymous;
import static dev.greenlight.RunAs.engineer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.ServiceTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Display names for stored user names (issue 16 item 3): known users by name, anyone else as stored. */
@ServiceTest
class UserDirectoryTest {

    @Autowired
    UserDirectory directory;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_users_are_named_by_their_display_names() {
        for (var demo : DemoUser.values()) {
            assertThat(engineer(() -> directory.displayName(demo.username()))).isEqualTo(demo.displayName());
        }
    }

    @Test
    void an_unknown_user_or_a_system_actor_is_shown_as_stored() {
        assertThat(engineer(() -> directory.displayName("nobody-of-that-name"))).isEqualTo("nobody-of-that-name");
        assertThat(engineer(() -> directory.displayName("system"))).isEqualTo("system");
        assertThat(engineer(() -> directory.displayName(null))).isNull();
    }

    @Test
    void a_user_created_after_a_lookup_is_named_at_once() {
        assertThat(engineer(() -> directory.displayName("late.comer"))).isEqualTo("late.comer");
        users.createIfMissing("late.comer", "Lana Late", "a long password", Set.of(Role.ENGINEER));
        assertThat(engineer(() -> directory.displayName("late.comer"))).isEqualTo("Lana Late");
    }

    @Test
    void a_renamed_or_removed_user_is_named_afresh_once_an_admin_changes_them() {
        admin(() -> users.create("rita", "Rita Before", "a long password", Set.of(Role.ENGINEER)));
        assertThat(engineer(() -> directory.displayName("rita"))).isEqualTo("Rita Before");

        jdbc.update("update app_user set display_name = 'Rita After' where username = 'rita'");
        admin(() -> users.setEnabled("rita", false));
        assertThat(engineer(() -> directory.displayName("rita"))).as("the admin's change forgot the cached name").isEqualTo("Rita After");

        jdbc.update("delete from app_user where username = 'rita'"); // its roles go with it (on delete cascade)
        directory.forget(new UserChanged("rita", false, "Removed user rita"));
        assertThat(engineer(() -> directory.displayName("rita"))).as("a removed user falls back to the user name").isEqualTo("rita");
    }

    @Test
    void many_names_in_a_row_come_from_one_checked_lookup() {
        var name = engineer(() -> directory.names());
        assertThat(name.apply("pm")).isEqualTo("Pat Product");
        assertThat(name.apply("nobody-of-that-name")).isEqualTo("nobody-of-that-name");
    }

    @Test
    void only_signed_in_callers_look_names_up() {
        assertThatThrownBy(() -> anonymous(() -> directory.displayName("engineer")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> anonymous(() -> directory.names()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
