package dev.greenlight.security;

/** An administration request that cannot be carried out; {@code field} names what to fix. Nothing was changed. */
public class UserAdminException extends RuntimeException {

    private final String field;

    public UserAdminException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
