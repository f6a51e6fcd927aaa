package dev.greenlight.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "greenlight.admin.password=a-long-enough-secret")
@ActiveProfiles("prod")
@ViewPackages(packages = "dev.greenlight")
class LoginViewProdTest extends SpringBrowserlessTest {

    @Test
    void production_shows_no_demo_users() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).exists()).isTrue();
        assertThat($(Div.class).withClassName("demo-users").exists()).isFalse();
    }
}
