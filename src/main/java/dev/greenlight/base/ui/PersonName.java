package dev.greenlight.base.ui;

/**
 * How the layout names the signed-in person ("Erin Engineer" rather than "engineer"), contributed as a Spring bean
 * by the feature that knows people; without one the layout shows the user name.
 */
@FunctionalInterface
public interface PersonName {

    String of(String username);
}
