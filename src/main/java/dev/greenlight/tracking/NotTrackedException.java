package dev.greenlight.tracking;

/** The assessment is not (or no longer) in a state where tracking can do this: nothing was changed. */
public class NotTrackedException extends RuntimeException {

    NotTrackedException(String message) {
        super(message);
    }
}
