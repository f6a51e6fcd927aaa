package dev.greenlight.scoring;

import java.util.List;

/**
 * A model that flags cases for someone to act on (PRODUCT.md §6.1). Today's process is a plain pair of numbers:
 * what the existing rules or people already catch, and how many of their flags are real.
 * <p>
 * B = v·N·π·(R₁ − R₀) − c·(N·π·R₁/P₁ − N·π·R₀/P₀): the value of the extra real cases caught, less the cost of
 * the change in alerts (every alert is worked, real or not). Today's alerts are 0 when R₀ = 0.
 * <p>
 * Measured on validation data (PRODUCT.md §9.1, {@link #measured}), the model has no stated precision: recall R and
 * the false-positive rate F at the chosen threshold are drawn from their Wilson intervals, and production
 * precision follows from the production prevalence, P₁ = π·R / (π·R + (1 − π)·F). Then N·π·R₁/P₁ is
 * N·(π·R + (1 − π)·F), so B(t) = v·N·π·(R − R₀) − c·(N·(π·R + (1 − π)·F) − N·π·R₀/P₀).
 *
 * @param precision         null when measured
 * @param baselinePrecision null only when {@code baselineRecall} is 0 (there are no alerts today)
 * @param falsePositiveRate F at the chosen threshold when measured, else null
 * @param validation        the validation curve with its threshold picked, or null when recall and precision are
 *                          stated
 */
public record DetectionModel(Range casesPerYear, Range prevalence, Range valuePerTruePositive, Range costPerAlert,
                             Range recall, Range precision, double baselineRecall, Double baselinePrecision,
                             Range falsePositiveRate, ValidationCurve validation)
        implements ValueModel {

    static final int CASES = 0;
    static final int PREVALENCE = 1;
    static final int VALUE = 2;
    static final int COST = 3;
    static final int RECALL = 4;
    /** Precision when stated, the false-positive rate when measured. */
    static final int PRECISION = 5;

    private static final List<ModelInput> INPUTS = List.of(ModelInput.CASES_PER_YEAR, ModelInput.PREVALENCE,
            ModelInput.VALUE_PER_TRUE_POSITIVE, ModelInput.COST_PER_ALERT, ModelInput.RECALL, ModelInput.PRECISION);
    private static final List<ModelInput> MEASURED_INPUTS = List.of(ModelInput.CASES_PER_YEAR, ModelInput.PREVALENCE,
            ModelInput.VALUE_PER_TRUE_POSITIVE, ModelInput.COST_PER_ALERT, ModelInput.RECALL,
            ModelInput.FALSE_POSITIVE_RATE);

    public DetectionModel {
        if (validation != null && validation.chosenThreshold() == null) {
            throw new IllegalArgumentException("a measured model needs its threshold picked: use DetectionModel.measured");
        }
    }

    /** A model with recall and precision stated as ranges. */
    public DetectionModel(Range casesPerYear, Range prevalence, Range valuePerTruePositive, Range costPerAlert,
                          Range recall, Range precision, double baselineRecall, Double baselinePrecision) {
        this(casesPerYear, prevalence, valuePerTruePositive, costPerAlert, recall, precision, baselineRecall,
                baselinePrecision, null, null);
    }

    /**
     * A model measured on validation data at the curve's chosen threshold, or at the best one (at likely values)
     * when none is chosen; recall and the false-positive rate are the Wilson intervals there.
     */
    public static DetectionModel measured(Range casesPerYear, Range prevalence, Range valuePerTruePositive,
                                          Range costPerAlert, double baselineRecall, Double baselinePrecision,
                                          ValidationCurve validation) {
        var unpicked = new DetectionModel(casesPerYear, prevalence, valuePerTruePositive, costPerAlert, null, null,
                baselineRecall, baselinePrecision, null, null);
        ValidationCurve curve = validation.chosenThreshold() != null ? validation
                : validation.withChosenThreshold(validation.points().get(OperatingCurves.bestIndex(unpicked,
                validation)).threshold());
        int at = curve.indexOf(curve.chosenThreshold());
        // a threshold that is not stored is refused by ValueModelRules; NaN ranges never reach the simulation
        Range recall = at < 0 ? Range.fixed(Double.NaN)
                : OperatingCurves.wilson(curve.recall(at), curve.effectivePositives());
        Range falsePositives = at < 0 ? Range.fixed(Double.NaN)
                : OperatingCurves.wilson(curve.falsePositiveRate(at), curve.effectiveNegatives());
        return new DetectionModel(casesPerYear, prevalence, valuePerTruePositive, costPerAlert, recall, null,
                baselineRecall, baselinePrecision, falsePositives, curve);
    }

    /** Whether recall and the false-positive rate come from validation data rather than stated ranges. */
    public boolean isMeasured() {
        return validation != null;
    }

    @Override
    public ValueModelKind kind() {
        return ValueModelKind.DETECTION;
    }

    @Override
    public List<ModelInput> inputs() {
        return isMeasured() ? MEASURED_INPUTS : INPUTS;
    }

    @Override
    public Range range(int index) {
        return switch (index) {
            case CASES -> casesPerYear;
            case PREVALENCE -> prevalence;
            case VALUE -> valuePerTruePositive;
            case COST -> costPerAlert;
            case RECALL -> recall;
            case PRECISION -> isMeasured() ? falsePositiveRate : precision;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }

    @Override
    public double benefit(double[] x) {
        double alertsWithModel = isMeasured() ? alerts(x[CASES], x[PREVALENCE], x[RECALL], x[PRECISION])
                : x[CASES] * x[PREVALENCE] * x[RECALL] / x[PRECISION];
        return benefit(x[CASES], x[PREVALENCE], x[VALUE], x[COST], x[RECALL], alertsWithModel);
    }

    /**
     * B at the likely cases, prevalence, value and cost, with the model flagging the share {@code recall} of real
     * cases and {@code falsePositiveRate} of the others: one point of the operating curve.
     */
    public double benefitAt(double recall, double falsePositiveRate) {
        double n = casesPerYear.likely();
        double pi = prevalence.likely();
        return benefit(n, pi, valuePerTruePositive.likely(), costPerAlert.likely(), recall,
                alerts(n, pi, recall, falsePositiveRate));
    }

    /** Alerts a year when the model flags these shares of real cases and of the others: N·(π·R + (1 − π)·F). */
    static double alerts(double cases, double prevalence, double recall, double falsePositiveRate) {
        return cases * (prevalence * recall + (1 - prevalence) * falsePositiveRate);
    }

    /** The one formula of B, given how many alerts the model raises a year. */
    private double benefit(double cases, double prevalence, double value, double cost, double recall,
                           double alertsWithModel) {
        double positives = cases * prevalence;
        double alertsToday = baselineRecall == 0 ? 0 : positives * baselineRecall / baselinePrecision;
        return value * positives * (recall - baselineRecall) - cost * (alertsWithModel - alertsToday);
    }

    /** Production precision at likely values: stated, or P₁ = π·R / (π·R + (1 − π)·F) when measured. */
    public double likelyPrecision() {
        if (!isMeasured()) {
            return precision.likely();
        }
        return OperatingCurves.precision(prevalence.likely(), recall.likely(), falsePositiveRate.likely());
    }

    @Override
    public DetectionModel withInput(int index, double value) {
        Range r = Range.fixed(value);
        boolean measured = isMeasured();
        return new DetectionModel(index == CASES ? r : casesPerYear, index == PREVALENCE ? r : prevalence,
                index == VALUE ? r : valuePerTruePositive, index == COST ? r : costPerAlert,
                index == RECALL ? r : recall, index == PRECISION && !measured ? r : precision, baselineRecall,
                baselinePrecision, index == PRECISION && measured ? r : falsePositiveRate, validation);
    }
}
