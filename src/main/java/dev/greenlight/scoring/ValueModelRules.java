package dev.greenlight.scoring;

/**
 * The engine's check of a derived line's model and of a priced alternative: every message starts with the path of
 * the offending field, as {@link InputValidator}'s do. The assessment validator applies the same bounds
 * ({@link ModelInput}) to a document before it is stored.
 */
public final class ValueModelRules {

    private ValueModelRules() {
    }

    static void validate(String path, ValueModel model) {
        if (model instanceof DetectionModel d) {
            for (int i = 0; i < d.inputs().size(); i++) {
                range(path, d.inputs().get(i), d.range(i));
            }
            double r0 = d.baselineRecall();
            if (!(r0 >= 0 && r0 < 1)) {
                throw new IllegalArgumentException(path + ".baselineRecall must be a share in [0, 1), was " + r0);
            }
            Double p0 = d.baselinePrecision();
            if (r0 > 0 && p0 == null) {
                throw new IllegalArgumentException(path + ".baselinePrecision is required when baselineRecall > 0");
            }
            if (p0 != null && !(p0 > 0 && p0 <= 1)) {
                throw new IllegalArgumentException(path + ".baselinePrecision must be a share in (0, 1], was " + p0);
            }
        } else if (model instanceof AutomationModel a) {
            for (int i = 0; i < a.inputs().size(); i++) {
                range(path, a.inputs().get(i), a.range(i));
            }
        }
        double bound = largestBenefit(model);
        if (!(bound <= InputValidator.MAX_MONEY)) {
            throw new IllegalArgumentException(path + " could give an annual benefit of " + bound + ", more than "
                    + ModelInput.plain(InputValidator.MAX_MONEY) + " a line may hold");
        }
    }

    private static void range(String path, ModelInput input, Range range) {
        String at = path + "." + input.key();
        if (range == null) {
            throw new IllegalArgumentException(at + " is required");
        }
        check(at + ".low", input, range.low());
        check(at + ".likely", input, range.likely());
        check(at + ".high", input, range.high());
        if (range.low() > range.likely()) {
            throw new IllegalArgumentException(at + ".low must be ≤ likely (" + range.low() + " > " + range.likely()
                    + ")");
        }
        if (range.likely() > range.high()) {
            throw new IllegalArgumentException(at + ".high must be ≥ likely (" + range.high() + " < "
                    + range.likely() + ")");
        }
    }

    private static void check(String at, ModelInput input, double value) {
        if (!input.allows(value)) {
            throw new IllegalArgumentException(at + " must be in " + input.interval() + ", was " + value);
        }
    }

    /**
     * An upper bound of |B| over every draw the simulation can make: each term at its largest. The value side of
     * B is at most v·N·π·R₁, the alert side at most c·N·π·(R₁/P₁ + R₀/P₀).
     */
    public static double largestBenefit(ValueModel model) {
        if (model instanceof DetectionModel d) {
            double positives = d.casesPerYear().high() * d.prevalence().high();
            double today = d.baselineRecall() == 0 ? 0 : d.baselineRecall() / d.baselinePrecision();
            return positives * (d.valuePerTruePositive().high() * d.recall().high()
                    + d.costPerAlert().high() * (d.recall().high() / d.precision().low() + today));
        }
        var a = (AutomationModel) model;
        return a.tasksPerYear().high() * a.automationRate().high() * (a.minutesPerTask().high()
                * a.costPerHour().high() / 60 + a.errorRate().high() * a.costPerError().high());
    }

    static void validate(String path, AlternativeInput alternative, int horizon) {
        if (alternative.name() == null || alternative.name().isBlank()) {
            throw new IllegalArgumentException(path + ".name must not be blank");
        }
        double p = alternative.probabilityOfSuccess();
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException(path + ".probabilityOfSuccess must be a fraction in (0, 1], was " + p);
        }
        if (size(alternative.buildCosts()) + size(alternative.annualRunCosts()) + size(alternative.annualBenefits()) == 0) {
            throw new IllegalArgumentException(path + " must contain at least one build cost, run cost or benefit");
        }
        var adoption = alternative.adoptionByYear();
        if (adoption != null && adoption.size() != horizon) {
            throw new IllegalArgumentException(path + ".adoptionByYear must have one value per year of the horizon ("
                    + horizon + "), had " + adoption.size());
        }
    }

    private static int size(java.util.List<?> list) {
        return list == null ? 0 : list.size();
    }
}
