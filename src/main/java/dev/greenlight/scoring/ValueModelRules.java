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
            if (d.isMeasured()) {
                // the curve first: recall and the false-positive rate are read off it
                curveProblem(d.validation()).ifPresent(problem -> {
                    throw new IllegalArgumentException(path + ".validation." + problem.field() + " " + problem.message());
                });
            }
            for (int i = 0; i < d.inputs().size(); i++) {
                ModelInput input = d.inputs().get(i);
                // measured, a recall of 0 is a fact about a threshold, not a typing error
                range(path, d.isMeasured() && input == ModelInput.RECALL ? ModelInput.FALSE_POSITIVE_RATE : input,
                        input.key(), d.range(i));
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
                range(path, a.inputs().get(i), a.inputs().get(i).key(), a.range(i));
            }
        }
        double bound = largestBenefit(model);
        if (!(bound <= InputValidator.MAX_MONEY)) {
            throw new IllegalArgumentException(path + " could give an annual benefit of " + bound + ", more than "
                    + ModelInput.plain(InputValidator.MAX_MONEY) + " a line may hold");
        }
    }

    /** Checks {@code range} against the bounds of {@code bounds}, naming the field {@code key}. */
    private static void range(String path, ModelInput bounds, String key, Range range) {
        String at = path + "." + key;
        if (range == null) {
            throw new IllegalArgumentException(at + " is required");
        }
        check(at + ".low", bounds, range.low());
        check(at + ".likely", bounds, range.likely());
        check(at + ".high", bounds, range.high());
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
            if (d.isMeasured()) { // N·(π·R + (1 − π)·F) ≤ N·max(R, F)
                double alerts = d.casesPerYear().high() * Math.max(d.recall().high(), d.falsePositiveRate().high());
                return positives * d.valuePerTruePositive().high() * d.recall().high()
                        + d.costPerAlert().high() * (alerts + positives * today);
            }
            return positives * (d.valuePerTruePositive().high() * d.recall().high()
                    + d.costPerAlert().high() * (d.recall().high() / d.precision().low() + today));
        }
        var a = (AutomationModel) model;
        return a.tasksPerYear().high() * a.automationRate().high() * (a.minutesPerTask().high()
                * a.costPerHour().high() / 60 + a.errorRate().high() * a.costPerError().high());
    }

    /** A field of a validation curve, relative to the curve, and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    /**
     * What is wrong with a stored validation curve (PRODUCT.md §9.1), if anything: the first problem found. The
     * assessment validator asks the same of a document, so whatever is stored can be scored.
     */
    public static java.util.Optional<Problem> curveProblem(ValidationCurve c) {
        if (c.rows() < 1) {
            return problem("rows", "must be at least 1, was " + c.rows());
        }
        if (!(c.positives() > 0 && c.positives() < Double.POSITIVE_INFINITY)) {
            return problem("positives", "must be a weight above 0, was " + c.positives());
        }
        if (!(c.negatives() > 0 && c.negatives() < Double.POSITIVE_INFINITY)) {
            return problem("negatives", "must be a weight above 0, was " + c.negatives());
        }
        if (!(c.effectivePositives() > 0 && c.effectivePositives() <= c.rows())) {
            return problem("effectivePositives", "must be above 0 and at most rows (" + c.rows() + "), was "
                    + c.effectivePositives());
        }
        if (!(c.effectiveNegatives() > 0 && c.effectiveNegatives() <= c.rows())) {
            return problem("effectiveNegatives", "must be above 0 and at most rows (" + c.rows() + "), was "
                    + c.effectiveNegatives());
        }
        var points = c.points();
        if (points == null || points.isEmpty() || points.size() > ValidationCurve.MAX_POINTS) {
            return problem("points", "must hold 1 to " + ValidationCurve.MAX_POINTS + " thresholds, had "
                    + (points == null ? "none" : points.size()));
        }
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            String at = "points[" + i + "]";
            if (p == null) {
                return problem(at, "must not be null");
            }
            var previous = i == 0 ? null : points.get(i - 1);
            if (!Double.isFinite(p.threshold()) || previous != null && !(p.threshold() > previous.threshold())) {
                return problem(at + ".threshold", "must be a finite number above the previous threshold, was "
                        + p.threshold());
            }
            if (!(p.tp() >= 0 && p.tp() <= c.positives()) || previous != null && p.tp() > previous.tp()) {
                return problem(at + ".tp", "must be between 0 and positives (" + c.positives()
                        + ") and not above the previous point's, was " + p.tp());
            }
            if (!(p.fp() >= 0 && p.fp() <= c.negatives()) || previous != null && p.fp() > previous.fp()) {
                return problem(at + ".fp", "must be between 0 and negatives (" + c.negatives()
                        + ") and not above the previous point's, was " + p.fp());
            }
            if (p.tp() + p.fp() == 0) {
                return problem(at, "flags no row: a threshold above every score is not a point of the curve");
            }
        }
        if (c.chosenThreshold() != null && c.indexOf(c.chosenThreshold()) < 0) {
            return problem("chosenThreshold", "must be one of the stored thresholds, was " + c.chosenThreshold());
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Problem> problem(String field, String message) {
        return java.util.Optional.of(new Problem(field, message));
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
