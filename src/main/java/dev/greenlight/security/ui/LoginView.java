package dev.greenlight.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
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

    /** {@code ?error} after a wrong password; {@code ?throttled=<seconds>} when the sign-in throttle refused to check it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var throttled = parameters.getSingleParameter("throttled");
        var i18n = LoginI18n.createDefault();
        if (throttled.isPresent()) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Sign-in is paused for this user or from this computer. Try again in "
                    + wait(throttled.get()) + ".");
        }
        login.setI18n(i18n);
        login.setError(throttled.isPresent() || parameters.getParameters().containsKey("error"));
    }

    private static String wait(String seconds) {
        try {
            long s = Math.max(1, Long.parseLong(seconds));
            return s < 90 ? s + " seconds" : (s + 59) / 60 + " minutes";
        } catch (NumberFormatException e) {
            return "a few minutes";
        }
    }
}
