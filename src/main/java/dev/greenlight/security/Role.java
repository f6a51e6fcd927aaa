package dev.greenlight.security;

/** The roles of PRODUCT.md §1. A user may hold several. */
public enum Role {
    ENGINEER("AI engineer"),
    PRODUCT_MANAGER("Product manager"),
    LEADERSHIP("Leadership"),
    ADMIN("Administrator");

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String ENGINEER_NAME = "ENGINEER";
    public static final String PRODUCT_MANAGER_NAME = "PRODUCT_MANAGER";
    public static final String LEADERSHIP_NAME = "LEADERSHIP";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
