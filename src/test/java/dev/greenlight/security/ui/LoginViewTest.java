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
}
