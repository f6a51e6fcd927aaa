package dev.greenlight.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import dev.greenlight.security.UserSummary;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class UsersViewTest extends ViewTestCase {

    @Autowired
    UserService users;

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> grid() {
        return $(Grid.class).id("users");
    }

    private UserSummary row(String username) {
        var grid = test(grid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).username().equals(username)) {
                return grid.getRow(i);
            }
        }
        throw new AssertionError("no row for " + username);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_creates_a_user_changes_roles_and_disables_them() {
        navigate(UsersView.class);
        test($(TextField.class).id("new-username")).setValue("Bad Name");
        test($(Button.class).id("create-user")).click();
        assertThat($(TextField.class).id("new-username").isInvalid()).isTrue();
        assertThat($(TextField.class).id("new-username").getErrorMessage()).contains("lower-case");

        test($(TextField.class).id("new-username")).setValue("vera");
        test($(TextField.class).id("new-display-name")).setValue("Vera Viewer");
        test($(PasswordField.class).id("new-password")).setValue("a long password");
        @SuppressWarnings("unchecked") CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("new-roles");
        roles.setValue(Set.of(Role.LEADERSHIP));
        test($(Button.class).id("create-user")).click();
        assertThat(row("vera").roles()).containsExactly(Role.LEADERSHIP);

        grid().select(row("vera"));
        @SuppressWarnings("unchecked") CheckboxGroup<Role> edit = $(CheckboxGroup.class).id("edit-roles");
        edit.setValue(Set.of(Role.LEADERSHIP, Role.PRODUCT_MANAGER));
        test($(Button.class).id("save-roles")).click();
        assertThat(row("vera").roles()).containsExactlyInAnyOrder(Role.LEADERSHIP, Role.PRODUCT_MANAGER);
        test($(Button.class).id("toggle-enabled")).click();
        assertThat(row("vera").enabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_last_admin_keeps_the_role() {
        navigate(UsersView.class);
        grid().select(row("admin"));
        @SuppressWarnings("unchecked") CheckboxGroup<Role> edit = $(CheckboxGroup.class).id("edit-roles");
        edit.setValue(Set.of(Role.ENGINEER));
        test($(Button.class).id("save-roles")).click();
        assertThat(edit.isInvalid()).isTrue();
        assertThat(edit.getErrorMessage()).contains("last admin");
        assertThat(row("admin").roles()).contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void only_admins_open_user_administration() {
        try {
            navigate(UsersView.class);
        } catch (RuntimeException expected) {
            // refused navigation surfaces as an error in browserless mode
        }
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}
