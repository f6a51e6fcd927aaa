package dev.greenlight.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import dev.greenlight.ViewTestCase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "greenlight.admin.password=a-long-enough-secret")
@ActiveProfiles("prod")
class LoginViewProdTest extends ViewTestCase {

    @Test
    void production_shows_no_demo_users() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).exists()).isTrue();
        assertThat($(Div.class).withClassName("demo-users").exists()).isFalse();
    }
}
