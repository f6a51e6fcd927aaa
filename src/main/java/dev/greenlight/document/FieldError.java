package dev.greenlight.document;

/** One problem with one field, named by its JSON path (e.g. {@code financials.buildCosts[0].low}). */
public record FieldError(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
