package dev.greenlight.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.security.ApiScope;
import dev.greenlight.security.ApiTokenService;
import dev.greenlight.security.ApiTokenSummary;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class TokensViewTest extends ViewTestCase {

    @Autowired
    ApiTokenService tokens;

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenSummary> grid() {
        return $(Grid.class).id("tokens");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ApiScope> scopes() {
        return $(CheckboxGroup.class).id("token-scopes");
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void a_token_is_created_its_secret_shown_once_in_a_dialog_and_revoked() {
        navigate(TokensView.class);
        test($(TextField.class).id("token-name")).setValue("Quarterly export");
        scopes().setValue(Set.of(ApiScope.READ));
        test($(Button.class).id("create-token")).click();

        var dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        var secret = $(TextField.class).id("token-secret").getValue();
        assertThat(secret).startsWith("glt_").hasSize(47);
        assertThat(dialog.getElement().getTextRecursively()).contains("only time");
        test($(Button.class).id("close-secret")).click();
        assertThat(dialog.isOpened()).isFalse();

        var row = test(grid()).getRow(0);
        assertThat(row.name()).isEqualTo("Quarterly export");
        assertThat(test(grid()).getCellText(0, grid().getColumns().indexOf(grid().getColumnByKey("status")))).isEqualTo("Active");
        assertThat(grid().getElement().getTextRecursively()).doesNotContain(secret);

        var revoke = (Button) test(grid()).getCellComponent(0, "revoke");
        assertThat(revoke.getId()).hasValue("revoke-" + row.id());
        test(revoke).click();
        assertThat(test(grid()).getCellText(0, grid().getColumns().indexOf(grid().getColumnByKey("status")))).startsWith("Revoked");
        assertThat(tokens.mine().get(0).revokedAt()).isNotNull();
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void bad_input_is_shown_on_the_field_and_nothing_is_created() {
        navigate(TokensView.class);
        int before = tokens.mine().size();
        test($(TextField.class).id("token-name")).setValue("No scope");
        test($(Button.class).id("create-token")).click();
        assertThat(scopes().isInvalid()).isTrue();
        scopes().setValue(Set.of(ApiScope.WRITE));
        $(IntegerField.class).id("token-days").setValue(400);
        test($(Button.class).id("create-token")).click();
        assertThat($(IntegerField.class).id("token-days").isInvalid()).isTrue();
        assertThat($(IntegerField.class).id("token-days").getErrorMessage()).contains("1 to 365");
        assertThat(tokens.mine()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void every_signed_in_role_finds_api_tokens_in_the_menu() {
        navigate(TokensView.class);
        assertThat(MenuConfiguration.getMenuEntries()).anyMatch(e -> e.title().equals("API tokens"));
    }
}
