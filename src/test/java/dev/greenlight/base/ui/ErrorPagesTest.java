package dev.greenlight.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class ErrorPagesTest extends ViewTestCase {

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void an_unknown_address_shows_greenlights_own_not_found_page_with_a_way_back() {
        navigate("no-such-page", NotFoundPage.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Anchor.class).id("error-back").getHref()).isEmpty();
        assertThat($(MainLayout.class).exists()).as("inside the app's layout, with its navigation").isTrue();
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void a_page_for_another_role_shows_the_forbidden_page() {
        navigate("admin/users", ForbiddenPage.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Not for your role");
        assertThat($(MainLayout.class).exists()).isTrue();
    }
}
