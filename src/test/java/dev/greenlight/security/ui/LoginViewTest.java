package dev.greenlight.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import org.junit.jupiter.api.Test;

@ViewTest
class LoginViewTest extends ViewTestCase {

    @Test
    void the_login_page_shows_the_form_and_the_demo_users_in_the_demo_profile() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).single().getAction()).isEqualTo("login");
        var demo = $(Div.class).withClassName("demo-users").single();
        var text = demo.getElement().getTextRecursively();
        assertThat(text).contains("engineer", "pm", "lead", "admin", "password = user name");
    }

    @Test
    void a_throttled_sign_in_says_so_and_how_long_to_wait() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("throttled", "120"));
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Too many failed sign-ins", "Try again in 2 minutes");
    }
}
