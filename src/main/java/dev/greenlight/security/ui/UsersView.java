package dev.greenlight.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserAdminException;
import dev.greenlight.security.UserService;
import dev.greenlight.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Administration of users: create, assign roles, disable or enable, reset a password. The last admin is protected. */
@Route("admin/users")
@PageTitle("Users · Greenlight")
@Menu(order = 10, title = "Users", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends Main {

    private final UserService users;
    final Grid<UserSummary> grid = new Grid<>();
    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Display name");
    final PasswordField password = new PasswordField("Password");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final CheckboxGroup<Role> editRoles = new CheckboxGroup<>("Roles");
    final PasswordField newPassword = new PasswordField("New password");
    final Button toggle = new Button();
    private final HorizontalLayout editor = new HorizontalLayout();

    UsersView(UserService users) {
        this.users = users;
        addClassNames("page");
        grid.setId("users");
        grid.addColumn(UserSummary::username).setHeader("User name").setKey("username");
        grid.addColumn(UserSummary::displayName).setHeader("Name").setKey("displayName");
        grid.addColumn(u -> u.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "))).setHeader("Roles").setKey("roles");
        grid.addColumn(u -> u.enabled() ? "Enabled" : "Disabled").setHeader("Status").setKey("enabled");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        username.setId("new-username");
        displayName.setId("new-display-name");
        password.setId("new-password");
        roles.setId("new-roles");
        for (var group : new CheckboxGroup[] {roles, editRoles}) {
            @SuppressWarnings("unchecked") CheckboxGroup<Role> g = group;
            g.setItems(Role.values());
            g.setItemLabelGenerator(Role::label);
        }
        var create = new Button("Create user", e -> run(() -> users.create(username.getValue(), displayName.getValue(),
                password.getValue(), roles.getValue()), Map.of("username", username, "displayName", displayName,
                "password", password, "roles", roles), "User created"));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(username, displayName, password, roles);

        editRoles.setId("edit-roles");
        newPassword.setId("reset-password");
        toggle.setId("toggle-enabled");
        editor.setVisible(false);
        editor.setId("user-editor");
        editor.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        var saveRoles = new Button("Save roles", e -> run(() -> users.setRoles(selected().username(), editRoles.getValue()),
                Map.of("roles", editRoles), "Roles saved"));
        saveRoles.setId("save-roles");
        var reset = new Button("Reset password", e -> run(() -> users.resetPassword(selected().username(), newPassword.getValue()),
                Map.of("password", newPassword), "Password reset"));
        reset.setId("reset");
        toggle.addClickListener(e -> run(() -> users.setEnabled(selected().username(), !selected().enabled()),
                Map.of("enabled", editRoles), selected().enabled() ? "User disabled" : "User enabled"));
        editor.add(editRoles, saveRoles, newPassword, reset, toggle);

        var hint = new Paragraph("Select a user to change their roles, reset their password or disable them. "
                + "The last enabled administrator can be neither disabled nor lose the role.");
        hint.addClassName("hint");
        add(new H2("Users"), hint, grid, editor, new H3("New user"), form, create);
        refresh();
    }

    private UserSummary selected() {
        return grid.asSingleSelect().getValue();
    }

    private void edit(UserSummary user) {
        editor.setVisible(user != null);
        if (user != null) {
            editRoles.setValue(user.roles());
            newPassword.clear();
            toggle.setText(user.enabled() ? "Disable" : "Enable");
        }
    }

    private void run(Supplier<UserSummary> action, Map<String, HasValidation> fields, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            var result = action.get();
            Notification.show(done + ": " + result.username(), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            grid.select(result);
        } catch (UserAdminException e) {
            var field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.reason());
                field.setInvalid(true);
            }
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
