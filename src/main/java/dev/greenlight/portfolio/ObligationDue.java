package dev.greenlight.portfolio;

import dev.greenlight.assessment.AssessmentStatus;
import java.time.LocalDate;

/**
 * An EU AI Act obligation of an approved project that starts to apply soon (PRODUCT.md §6.3): which project,
 * which duty, who it binds and from when.
 *
 * @param appliesTo PROVIDER, DEPLOYER or ANY
 */
public record ObligationDue(long assessmentId, String project, String team, AssessmentStatus status, String article,
                            String obligation, String appliesTo, LocalDate appliesFrom) {
}
