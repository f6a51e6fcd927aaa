package dev.greenlight.review;

/** What the caller may do in review on one assessment now, so views show only the buttons that would work. */
public record ReviewActions(boolean submit, boolean decide, boolean signOff, boolean archive, boolean rescore) {
}
