package dev.greenlight.scoring;

/**
 * The figures of one derived benefit line (PRODUCT.md §6.1), each at the likely value of everything else. A
 * DETECTION line fills the recall and precision figures, an AUTOMATION line the automation ones; the other kind's
 * are null and left out of the score document. A break-even is null when no value in its allowed interval zeroes
 * the deterministic NPV.
 *
 * @param line           the benefit line's name
 * @param annualBenefit  B at likely inputs, at full adoption
 * @param operatingCurve the curve of a DETECTION line measured on validation data (PRODUCT.md §9.1), else null
 */
public record DerivedBenefit(String line, ValueModelKind kind, double annualBenefit, Double valuePerRecallPoint,
                             Double valuePerPrecisionPoint, Double breakEvenRecall, Double breakEvenPrecision,
                             Double valuePerAutomationPoint, Double breakEvenAutomationRate,
                             Double breakEvenErrorRate, OperatingCurve operatingCurve) {
}
