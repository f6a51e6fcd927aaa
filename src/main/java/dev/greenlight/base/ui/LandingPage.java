package dev.greenlight.base.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Where a signed-in person lands, contributed as a Spring bean by the feature whose page it is (a product manager's
 * review queue, leadership's portfolio). The home route forwards to the first that is for the caller, by order.
 */
public interface LandingPage {

    /** The route to forward to, as in its {@code @Route} ("review"). */
    String path();

    /** Lower comes first when several are for the same person. */
    int order();

    boolean isFor(AuthenticationContext caller);

    static LandingPage of(String path, int order, String... roles) {
        return new LandingPage() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean isFor(AuthenticationContext caller) {
                return caller.hasAnyRole(roles);
            }
        };
    }
}
