package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.greenlight.security.Role;
import jakarta.annotation.security.PermitAll;

/** The landing page sends each role to where its work is. */
@Route("")
@PermitAll
class HomeView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean author = authentication.hasAnyRole(Role.ENGINEER_NAME, Role.PRODUCT_MANAGER_NAME);
        event.forwardTo(author ? MyAssessmentsView.class : AllAssessmentsView.class);
    }
}
