package dev.greenlight.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** A page that says what went wrong in the app's own layout and offers a way back. */
abstract class ErrorPage extends Main {

    protected void show(String title, String explanation) {
        removeAll();
        addClassName("error-page");
        setId("error-page");
        var back = new Anchor("", "Back to the start page");
        back.setId("error-back");
        add(new H2(title), new Paragraph(explanation), back);
    }
}
