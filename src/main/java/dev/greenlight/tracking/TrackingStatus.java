package dev.greenlight.tracking;

/** How an approved project is doing against its forecast (PRODUCT.md §7). */
public enum TrackingStatus {
    NO_DATA("No data yet"),
    ON_TRACK("On track"),
    BEHIND("Behind forecast"),
    KILL_CRITERION_MET("Kill criterion met");

    private final String label;

    TrackingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
