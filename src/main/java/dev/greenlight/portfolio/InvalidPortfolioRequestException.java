package dev.greenlight.portfolio;

/** A filter, page or budget that cannot be served, naming the field at fault. */
public class InvalidPortfolioRequestException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidPortfolioRequestException(String field, String reason) {
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
