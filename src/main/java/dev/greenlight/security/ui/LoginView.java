package dev.greenlight.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.greenlight.security.DemoUser;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Greenlight")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(Environment environment) {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var brand = new Div(new H1("Greenlight"),
                new Paragraph("Decide which AI projects deserve to be built: value, uncertainty and ethical risk in one honest decision."));
        brand.addClassName("login-brand");
        var card = new Div(brand, login);
        card.addClassName("login-card");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            card.add(demoUsers());
        }
        add(card);
    }

    private static Div demoUsers() {
        var box = new Div();
        box.addClassName("demo-users");
        box.add(new Paragraph("Demo users (password = user name):"));
        for (var user : DemoUser.values()) {
            var line = new Div(new Span(user.username()), new Span(" — " + user.role().label()));
            line.addClassName("demo-user");
            box.add(line);
        }
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
