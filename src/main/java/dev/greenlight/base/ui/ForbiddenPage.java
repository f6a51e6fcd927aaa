package dev.greenlight.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in person's role may not open (403). Only signed-in people see it: anyone else is sent to the
 * login page first, so it tells nobody outside which pages exist.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ForbiddenPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("Not for your role", "The page /" + event.getLocation().getPath()
                + " is for other roles. Ask an administrator if you need it.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
