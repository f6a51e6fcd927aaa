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
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chrome around every signed-in view. The side navigation is generated from the features' views' {@code @Menu}
 * annotations (Vaadin lists only the views the user's roles may open), and each entry's count from the
 * {@link NavigationBadge} its feature contributes.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Map<NavigationBadge, Span> badges = new HashMap<>();

    MainLayout(AuthenticationContext authentication, List<NavigationBadge> contributed, List<PersonName> naming) {
        setPrimarySection(Section.DRAWER);
        var brand = new Span("Greenlight");
        brand.addClassName("brand");
        var nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = item(entry);
            var path = entry.path().replaceAll("^/+", "");
            contributed.stream().filter(b -> b.path().equals(path)).findFirst().ifPresent(badge -> {
                var count = new Span();
                count.setId(path + "-count");
                count.addClassNames("badge", "nav-count");
                count.setVisible(false);
                item.setSuffixComponent(count);
                badges.put(badge, count);
            });
            nav.addItem(item);
        });
        var user = new Div();
        user.addClassName("current-user");
        var username = authentication.getPrincipalName().orElse("");
        var name = username.isEmpty() ? "" : naming.stream().findFirst().map(n -> n.of(username)).orElse(username);
        var logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var signedIn = new Span(name);
        signedIn.setId("current-user");
        signedIn.setTitle(username);
        user.add(signedIn, logout);
        var drawer = new Div(brand, new Scroller(nav), user);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
        addToNavbar(new DrawerToggle());
    }

    /** Counts are refreshed on every navigation, so a decision taken elsewhere shows up soon. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        badges.forEach((badge, span) -> {
            long count = badge.count();
            span.setText(String.valueOf(count));
            span.setVisible(count > 0);
            span.getElement().setAttribute("aria-label", badge.describe(count));
        });
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new com.vaadin.flow.component.icon.Icon(entry.icon()));
    }
}
