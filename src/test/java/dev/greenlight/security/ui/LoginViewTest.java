package dev.greenlight.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "dev.greenlight")
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void the_login_page_shows_the_form_and_the_demo_users_in_the_demo_profile() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).single().getAction()).isEqualTo("login");
        var demo = $(Div.class).withClassName("demo-users").single();
        var text = demo.getElement().getTextRecursively();
        assertThat(text).contains("engineer", "pm", "lead", "admin", "password = user name");
    }
}
