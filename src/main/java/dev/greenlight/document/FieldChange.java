package dev.greenlight.document;

/** One answer that differs, by its JSON path; {@code before} or {@code after} is null where there was no answer. */
public record FieldChange(String path, String before, String after) {

    @Override
    public String toString() {
        return path + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after);
    }
}
