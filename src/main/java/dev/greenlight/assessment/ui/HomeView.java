package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.greenlight.base.ui.LandingPage;
import dev.greenlight.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * The landing page sends each role to where its work is: the first contributed {@link LandingPage} that is for the
 * caller (a product manager's review queue), else an author's own assessments, else the list of all.
 */
@Route("")
@PermitAll
class HomeView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final List<LandingPage> landings;

    HomeView(AuthenticationContext authentication, List<LandingPage> landings) {
        this.authentication = authentication;
        this.landings = landings.stream().sorted(Comparator.comparingInt(LandingPage::order)).toList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var landing = landings.stream().filter(l -> l.isFor(authentication)).findFirst();
        if (landing.isPresent()) {
            event.forwardTo(landing.get().path());
            return;
        }
        boolean author = authentication.hasAnyRole(Role.ENGINEER_NAME, Role.PRODUCT_MANAGER_NAME);
        event.forwardTo(author ? MyAssessmentsView.class : AllAssessmentsView.class);
    }
}
