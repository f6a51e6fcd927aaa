package dev.greenlight.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo from Vaadin's pre-compiled bundle plus our own plain CSS: nothing that needs a frontend rebuild. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Greenlight: decide which AI projects deserve to be built")
public class AppShell implements AppShellConfigurator {
}
