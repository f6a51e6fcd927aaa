package dev.greenlight.scoring;

import java.time.LocalDate;

/**
 * One duty the screening found, in the score document's {@code obligations} (PRODUCT.md §6.3).
 *
 * @param appliesTo   PROVIDER, DEPLOYER or ANY
 * @param appliesFrom ISO date the duty applies from
 * @param source      what the date rests on, with {@code sourceKind} saying how sure it is
 * @param note        caveats, including where sources disagree; null when there are none
 */
public record EuAiActObligation(String article, String title, String url, String appliesTo, String appliesFrom,
                                String source, String sourceKind, String sourceUrl, String note) {

    /** {@link #appliesFrom()} as a date. */
    public LocalDate date() {
        return LocalDate.parse(appliesFrom);
    }
}
