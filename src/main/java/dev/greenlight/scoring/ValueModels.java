package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The translator's figures of PRODUCT.md §6.1 for each derived benefit line: what a point of recall, precision or
 * automation is worth a year, and where the project breaks even. Each is taken at the likely value of everything
 * else. NPV is linear in B, and B is linear in recall, automation rate and error rate, so those break-evens are
 * one division; precision enters as 1/P₁, whose root is one division too. A line measured on validation data
 * (PRODUCT.md §9.1) has the same figures with P₁ derived at the chosen threshold, and its operating curve.
 */
public final class ValueModels {

    private static final double POINT = 0.01;

    private ValueModels() {
    }

    public static List<DerivedBenefit> figures(FinancialModel model) {
        var result = new ArrayList<DerivedBenefit>();
        for (MoneyLine line : model.input().annualBenefits()) {
            if (line.isDerived()) {
                result.add(figures(line, model.npv(), model.benefitFactor()));
            }
        }
        return result;
    }

    /**
     * @param npv           the deterministic NPV of the whole project at likely values
     * @param benefitFactor Σ adoption_t / (1+r)^t: what one unit of annual benefit adds to NPV
     */
    static DerivedBenefit figures(MoneyLine line, double npv, double benefitFactor) {
        ValueModel model = line.derivedFrom();
        double b = model.likelyBenefit();
        if (model instanceof DetectionModel d) {
            double positives = d.casesPerYear().likely() * d.prevalence().likely();
            double v = d.valuePerTruePositive().likely();
            double c = d.costPerAlert().likely();
            double r1 = d.recall().likely();
            double p1 = d.likelyPrecision();
            OperatingCurve curve = d.isMeasured() ? OperatingCurves.of(d) : null;
            if (!(p1 > 0)) { // measured at a threshold that flags no real case: no precision to hold fixed
                return new DerivedBenefit(line.name(), ValueModelKind.DETECTION, b, null, null, null, null, null, null,
                        null, curve);
            }
            double netPerCatch = v - c / p1;
            Double recall = netPerCatch <= 0 || benefitFactor == 0 ? null
                    : within(r1 - npv / (benefitFactor * positives * netPerCatch), 0, true, 1);
            double alertCost = benefitFactor * c * positives * r1; // NPV(P) = K − alertCost / P
            double k = npv + alertCost / p1;
            Double precision = alertCost == 0 || k <= 0 ? null : within(alertCost / k, 0, false, 1);
            return new DerivedBenefit(line.name(), ValueModelKind.DETECTION, b, positives * POINT * netPerCatch,
                    c * positives * r1 * (1 / p1 - 1 / (p1 + POINT)), recall, precision, null, null, null, curve);
        }
        var a = (AutomationModel) model;
        double tasks = a.tasksPerYear().likely();
        double rate = a.automationRate().likely();
        double errorRate = a.errorRate().likely();
        double errorCost = a.costPerError().likely();
        double netPerTask = a.minutesPerTask().likely() * a.costPerHour().likely() / 60 - errorRate * errorCost;
        Double breakEvenRate = netPerTask <= 0 || benefitFactor * tasks == 0 ? null
                : within(rate - npv / (benefitFactor * tasks * netPerTask), 0, true, 1);
        double errorSlope = benefitFactor * tasks * rate * errorCost; // NPV falls by this per unit of error rate
        Double breakEvenErrors = errorSlope == 0 ? null : within(errorRate + npv / errorSlope, 0, true, 1);
        return new DerivedBenefit(line.name(), ValueModelKind.AUTOMATION, b, null, null, null, null,
                tasks * POINT * netPerTask, breakEvenRate, breakEvenErrors, null);
    }

    private static Double within(double value, double min, boolean minInclusive, double max) {
        boolean aboveMin = minInclusive ? value >= min : value > min;
        return Double.isFinite(value) && aboveMin && value <= max ? value : null;
    }
}
