package dev.greenlight.security;

/** A token request that cannot be carried out; {@code field} names what to fix. Nothing was changed. */
public class ApiTokenException extends RuntimeException {

    private final String field;
    private final String reason;

    public ApiTokenException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
