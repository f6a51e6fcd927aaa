package dev.greenlight.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.greenlight.assessment.AssessmentService;
import jakarta.annotation.security.PermitAll;

/**
 * The chrome around every signed-in view. The side navigation is generated from the views' {@code @Menu}
 * annotations, and Vaadin lists only the views the user's roles may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String REVIEW_QUEUE_PATH = "review";

    private final AssessmentService assessments;
    private final Span reviewBadge = new Span();

    MainLayout(AuthenticationContext authentication, AssessmentService assessments) {
        this.assessments = assessments;
        setPrimarySection(Section.DRAWER);
        var brand = new Span("Greenlight");
        brand.addClassName("brand");
        var nav = new SideNav();
        reviewBadge.setId("review-count");
        reviewBadge.addClassNames("badge", "nav-count");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = item(entry);
            if (entry.path().replaceAll("^/+", "").equals(REVIEW_QUEUE_PATH)) {
                item.setSuffixComponent(reviewBadge);
            }
            nav.addItem(item);
        });
        var user = new Div();
        user.addClassName("current-user");
        var name = authentication.getPrincipalName().orElse("");
        var logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        user.add(new Span(name), logout);
        var drawer = new Div(brand, new Scroller(nav), user);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
        addToNavbar(new DrawerToggle());
    }

    /** The review queue's count is refreshed on every navigation, so a decision taken elsewhere shows up soon. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        long count = assessments.reviewQueueCount();
        reviewBadge.setText(String.valueOf(count));
        reviewBadge.setVisible(count > 0);
        reviewBadge.getElement().setAttribute("aria-label", count + " waiting for review");
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new com.vaadin.flow.component.icon.Icon(entry.icon()));
    }
}
