package dev.greenlight.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * The deterministic financial model of PRODUCT.md §3.1 at the likely values: cash flows, NPV, IRR, ROI,
 * benefit-cost ratio, payback and risk-adjusted NPV. Year 0 is undiscounted, as in a spreadsheet's
 * {@code =NPV(r, CF1:CFH) + CF0}, so the exported workbook's formulas reproduce every figure.
 */
public final class FinancialModel {

    /** IRR search range in growth factor 1 + r: from −99 % to +1,000,000 %. */
    private static final double IRR_LOW_FACTOR = 0.01;
    private static final double IRR_HIGH_FACTOR = 1e4 + 1;
    private static final int IRR_GRID_STEPS = 2_000;
    private static final double IRR_TOLERANCE = 1e-12;
    /** Where several rates zero the NPV, report the one nearest Excel's default IRR guess. */
    private static final double IRR_PREFERRED = 0.10;

    private final FinancialInput input;
    private final double complianceCost;
    private final double buildCost;
    private final double annualRunCost;
    private final double annualBenefit;
    private final double[] cashFlows;
    private final double npv;
    private final double pvBenefits;
    private final double pvCosts;
    private final double benefitFactor;
    private final double annuityFactor;

    /**
     * @param annualComplianceCost the yearly cost of the controls the ethics level demands, treated as a run cost
     */
    public FinancialModel(FinancialInput input, double annualComplianceCost) {
        InputValidator.validate(input);
        if (!(annualComplianceCost >= 0 && annualComplianceCost <= InputValidator.MAX_MONEY)) {
            throw new IllegalArgumentException("complianceCost must be between 0 and " + InputValidator.MAX_MONEY
                    + ", was " + annualComplianceCost);
        }
        this.input = input;
        this.complianceCost = annualComplianceCost;
        this.buildCost = sumLikely(input.buildCosts());
        this.annualRunCost = sumLikely(input.annualRunCosts());
        this.annualBenefit = sumLikely(input.annualBenefits());

        int horizon = input.horizonYears();
        double rate = input.discountRate();
        cashFlows = new double[horizon + 1];
        cashFlows[0] = -buildCost;
        double benefits = 0;
        double runCosts = 0;
        double adoptionFactor = 0;
        double annuity = 0;
        for (int t = 1; t <= horizon; t++) {
            double adoption = input.adoptionByYear().get(t - 1);
            double discount = Math.pow(1 + rate, t);
            double yearBenefit = adoption * annualBenefit;
            double yearCost = annualRunCost + annualComplianceCost;
            cashFlows[t] = yearBenefit - yearCost;
            benefits += yearBenefit / discount;
            runCosts += yearCost / discount;
            adoptionFactor += adoption / discount;
            annuity += 1 / discount;
        }
        this.npv = npv(rate, cashFlows);
        this.pvBenefits = benefits;
        this.pvCosts = buildCost + runCosts;
        this.benefitFactor = adoptionFactor;
        this.annuityFactor = annuity;
    }

    public FinancialInput input() {
        return input;
    }

    /** Year 0 (build) then one flow per year of the horizon. */
    public double[] cashFlows() {
        return cashFlows.clone();
    }

    public List<Double> cashFlowList() {
        return Arrays.stream(cashFlows).boxed().toList();
    }

    public double npv() {
        return npv;
    }

    public double pvBenefits() {
        return pvBenefits;
    }

    /** Build cost plus the present value of run and compliance costs. */
    public double pvCosts() {
        return pvCosts;
    }

    public double buildCost() {
        return buildCost;
    }

    public double annualRunCost() {
        return annualRunCost;
    }

    public double annualBenefit() {
        return annualBenefit;
    }

    public double complianceCost() {
        return complianceCost;
    }

    /** Σ adoption_t / (1+r)^t: what one unit of annual benefit at full adoption is worth today. */
    public double benefitFactor() {
        return benefitFactor;
    }

    /** Σ 1 / (1+r)^t: what one unit of annual cost is worth today. */
    public double annuityFactor() {
        return annuityFactor;
    }

    /** If the build fails technically the money already spent on it is lost and nothing else happens. */
    public double riskAdjustedNpv() {
        double p = input.probabilityOfSuccess();
        return p * npv + (1 - p) * -buildCost;
    }

    public Double irr() {
        return irr(cashFlows);
    }

    public Double roi() {
        return pvCosts == 0 ? null : npv / pvCosts;
    }

    public Double benefitCostRatio() {
        return pvCosts == 0 ? null : pvBenefits / pvCosts;
    }

    public Double paybackMonths() {
        return paybackMonths(cashFlows);
    }

    /** Net present value with CF0 undiscounted: Σ CF_t / (1+r)^t for t = 0..H. */
    public static double npv(double rate, double[] cashFlows) {
        if (!(rate > -1) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a number greater than -1, was " + rate);
        }
        double sum = 0;
        for (int t = 0; t < cashFlows.length; t++) {
            sum += cashFlows[t] / Math.pow(1 + rate, t);
        }
        return sum;
    }

    /**
     * The internal rate of return, or null when the flows never change sign or no rate between −99 % and
     * +1,000,000 % zeroes the NPV. Newton's method can wander off or divide by zero on real project flows,
     * so the root is first bracketed on a log-spaced grid and then bisected.
     */
    public static Double irr(double[] cashFlows) {
        if (!changesSign(cashFlows)) {
            return null;
        }
        double logLow = Math.log(IRR_LOW_FACTOR);
        double step = (Math.log(IRR_HIGH_FACTOR) - logLow) / IRR_GRID_STEPS;
        double best = Double.NaN;
        double previousFactor = IRR_LOW_FACTOR;
        double previousValue = presentValueAtFactor(cashFlows, previousFactor);
        if (previousValue == 0) {
            best = previousFactor - 1;
        }
        for (int i = 1; i <= IRR_GRID_STEPS; i++) {
            double factor = i == IRR_GRID_STEPS ? IRR_HIGH_FACTOR : Math.exp(logLow + i * step);
            double value = presentValueAtFactor(cashFlows, factor);
            double root = Double.NaN;
            if (value == 0) {
                root = factor - 1;
            } else if (previousValue != 0 && (value < 0) != (previousValue < 0)) {
                root = bisect(cashFlows, previousFactor, factor, previousValue) - 1;
            }
            if (!Double.isNaN(root) && (Double.isNaN(best)
                    || Math.abs(root - IRR_PREFERRED) < Math.abs(best - IRR_PREFERRED))) {
                best = root;
            }
            previousFactor = factor;
            previousValue = value;
        }
        return Double.isNaN(best) ? null : best;
    }

    /**
     * Months until the undiscounted cumulative cash flow turns non-negative for good, interpolating linearly
     * within the year; null if it is still negative at the end of the horizon. "For good" matters when late
     * years cost more than they earn: a project that dips back into the red has not paid back.
     */
    public static Double paybackMonths(double[] cashFlows) {
        double cumulative = 0;
        int lastNegativeYear = -1;
        double cumulativeAtLastNegative = 0;
        for (int t = 0; t < cashFlows.length; t++) {
            cumulative += cashFlows[t];
            if (cumulative < 0) {
                lastNegativeYear = t;
                cumulativeAtLastNegative = cumulative;
            }
        }
        if (lastNegativeYear < 0) {
            return 0.0;
        }
        if (lastNegativeYear == cashFlows.length - 1) {
            return null;
        }
        double fractionOfYear = -cumulativeAtLastNegative / cashFlows[lastNegativeYear + 1];
        return 12 * (lastNegativeYear + fractionOfYear);
    }

    static double sumLikely(List<MoneyLine> lines) {
        double sum = 0;
        if (lines != null) {
            for (MoneyLine line : lines) {
                sum += line.likely();
            }
        }
        return sum;
    }

    private static boolean changesSign(double[] cashFlows) {
        boolean positive = false;
        boolean negative = false;
        for (double flow : cashFlows) {
            positive |= flow > 0;
            negative |= flow < 0;
        }
        return positive && negative;
    }

    /** Σ CF_t × v^t with v = 1 / factor, by Horner's rule: no pow calls inside the root search. */
    private static double presentValueAtFactor(double[] cashFlows, double factor) {
        double v = 1 / factor;
        double sum = 0;
        for (int t = cashFlows.length - 1; t >= 0; t--) {
            sum = sum * v + cashFlows[t];
        }
        return sum;
    }

    private static double bisect(double[] cashFlows, double low, double high, double valueAtLow) {
        double lowValue = valueAtLow;
        while (high - low > IRR_TOLERANCE * Math.max(1, low)) {
            double mid = 0.5 * (low + high);
            if (mid <= low || mid >= high) {
                break;
            }
            double value = presentValueAtFactor(cashFlows, mid);
            if (value == 0) {
                return mid;
            }
            if ((value < 0) == (lowValue < 0)) {
                low = mid;
                lowValue = value;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }
}
