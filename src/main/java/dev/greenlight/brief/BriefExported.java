package dev.greenlight.brief;

/** Someone downloaded the Excel brief of an assessment. */
public record BriefExported(long assessmentId, String fileName) {
}
