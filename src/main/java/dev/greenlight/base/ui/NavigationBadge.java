package dev.greenlight.base.ui;

/**
 * A count beside a menu entry, contributed as a Spring bean by the feature that owns the entry (the review queue's
 * waiting count, say). The layout refreshes it on every navigation and hides it at zero.
 */
public interface NavigationBadge {

    /** The route of the menu entry it belongs to, as in its {@code @Route} ("review"). */
    String path();

    /** How many, for the signed-in caller. */
    long count();

    /** What the number means, for screen readers ("3 waiting for review"). */
    String describe(long count);
}
