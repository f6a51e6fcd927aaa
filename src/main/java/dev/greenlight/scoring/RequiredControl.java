package dev.greenlight.scoring;

/**
 * A control the ethics level requires, and whether the team has committed to it.
 *
 * @param inPlace true when the team listed the control among its mitigations
 */
public record RequiredControl(Mitigation control, boolean inPlace) {
}
