package dev.greenlight.currency;

/** A reporting currency, rate or rates file that cannot be accepted, naming the field (or the file's line) at fault. */
public class InvalidCurrencyRequestException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidCurrencyRequestException(String field, String reason) {
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
