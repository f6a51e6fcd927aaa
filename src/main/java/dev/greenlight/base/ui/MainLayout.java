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
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The chrome around every signed-in view. The side navigation is generated from the views' {@code @Menu}
 * annotations, and Vaadin lists only the views the user's roles may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var brand = new Span("Greenlight");
        brand.addClassName("brand");
        var nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
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

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new com.vaadin.flow.component.icon.Icon(entry.icon()));
    }
}
