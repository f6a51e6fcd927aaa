package dev.greenlight.scoring;

import java.util.List;

/**
 * A model that flags cases for someone to act on (PRODUCT.md §6.1). Today's process is a plain pair of numbers:
 * what the existing rules or people already catch, and how many of their flags are real.
 * <p>
 * B = v·N·π·(R₁ − R₀) − c·(N·π·R₁/P₁ − N·π·R₀/P₀): the value of the extra real cases caught, less the cost of
 * the change in alerts (every alert is worked, real or not). Today's alerts are 0 when R₀ = 0.
 *
 * @param baselinePrecision null only when {@code baselineRecall} is 0 (there are no alerts today)
 */
public record DetectionModel(Range casesPerYear, Range prevalence, Range valuePerTruePositive, Range costPerAlert,
                             Range recall, Range precision, double baselineRecall, Double baselinePrecision)
        implements ValueModel {

    static final int CASES = 0;
    static final int PREVALENCE = 1;
    static final int VALUE = 2;
    static final int COST = 3;
    static final int RECALL = 4;
    static final int PRECISION = 5;

    private static final List<ModelInput> INPUTS = List.of(ModelInput.CASES_PER_YEAR, ModelInput.PREVALENCE,
            ModelInput.VALUE_PER_TRUE_POSITIVE, ModelInput.COST_PER_ALERT, ModelInput.RECALL, ModelInput.PRECISION);

    @Override
    public ValueModelKind kind() {
        return ValueModelKind.DETECTION;
    }

    @Override
    public List<ModelInput> inputs() {
        return INPUTS;
    }

    @Override
    public Range range(int index) {
        return switch (index) {
            case CASES -> casesPerYear;
            case PREVALENCE -> prevalence;
            case VALUE -> valuePerTruePositive;
            case COST -> costPerAlert;
            case RECALL -> recall;
            case PRECISION -> precision;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }

    @Override
    public double benefit(double[] x) {
        double positives = x[CASES] * x[PREVALENCE];
        double alertsToday = baselineRecall == 0 ? 0 : positives * baselineRecall / baselinePrecision;
        double alertsWithModel = positives * x[RECALL] / x[PRECISION];
        return x[VALUE] * positives * (x[RECALL] - baselineRecall) - x[COST] * (alertsWithModel - alertsToday);
    }

    @Override
    public DetectionModel withInput(int index, double value) {
        Range r = Range.fixed(value);
        return new DetectionModel(index == CASES ? r : casesPerYear, index == PREVALENCE ? r : prevalence,
                index == VALUE ? r : valuePerTruePositive, index == COST ? r : costPerAlert,
                index == RECALL ? r : recall, index == PRECISION ? r : precision, baselineRecall, baselinePrecision);
    }
}
