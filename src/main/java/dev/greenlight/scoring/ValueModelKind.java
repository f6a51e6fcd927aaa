package dev.greenlight.scoring;

/** How a derived benefit line turns model quality into money (PRODUCT.md §6.1). */
public enum ValueModelKind {
    /** The model flags cases for someone to act on: fraud, churn, defects, abuse. */
    DETECTION,
    /** The model does part of work people do today: extraction, triage, drafting. */
    AUTOMATION
}
