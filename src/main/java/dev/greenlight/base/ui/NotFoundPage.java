package dev.greenlight.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address Greenlight has no page for (404), instead of Vaadin's "Could not navigate to …". */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", "There is no page at /" + event.getLocation().getPath()
                + ". It may have moved, or the link may be mistyped.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
