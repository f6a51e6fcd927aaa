package dev.greenlight.security;

/** The demo profile's users; the password is the user name. Never created in prod. */
public enum DemoUser {
    ENGINEER("engineer", "Erin Engineer", Role.ENGINEER),
    PM("pm", "Pat Product", Role.PRODUCT_MANAGER),
    LEAD("lead", "Lee Leadership", Role.LEADERSHIP),
    ADMIN("admin", "Ada Admin", Role.ADMIN);

    private final String username;
    private final String displayName;
    private final Role role;

    DemoUser(String username, String displayName, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }
}
