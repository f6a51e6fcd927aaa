package dev.greenlight.scoring;

import java.util.List;

/**
 * The financial half of a score. Money is in {@link #currency()}, rates and ratios are fractions, and a
 * {@code null} means the figure does not exist (no IRR without a sign change, no payback within the horizon,
 * no ratio when there are no costs).
 *
 * @param annualRunCost  likely run costs per year, without the compliance cost
 * @param complianceCost the annual compliance cost added by the ethics level
 * @param derivedBenefits the figures of each derived benefit line (PRODUCT.md §6.1), in line order
 * @param alternative    the priced non-AI alternative (PRODUCT.md §6.2), or null when none was given
 */
public record FinancialResult(List<Double> cashFlows, double npv, double riskAdjustedNpv, Double irr, Double roi,
                              Double benefitCostRatio, Double paybackMonths, MonteCarloResult monteCarlo,
                              List<TornadoRow> tornado, double pvBenefits, double pvCosts, double buildCost,
                              double annualRunCost, double complianceCost, String currency,
                              List<DerivedBenefit> derivedBenefits, AlternativeResult alternative) {

    public FinancialResult {
        cashFlows = List.copyOf(cashFlows);
        tornado = List.copyOf(tornado);
        // a score stored before method 2 has no derived lines
        derivedBenefits = derivedBenefits == null ? List.of() : List.copyOf(derivedBenefits);
    }

    public FinancialResult(List<Double> cashFlows, double npv, double riskAdjustedNpv, Double irr, Double roi,
                           Double benefitCostRatio, Double paybackMonths, MonteCarloResult monteCarlo,
                           List<TornadoRow> tornado, double pvBenefits, double pvCosts, double buildCost,
                           double annualRunCost, double complianceCost, String currency) {
        this(cashFlows, npv, riskAdjustedNpv, irr, roi, benefitCostRatio, paybackMonths, monteCarlo, tornado,
                pvBenefits, pvCosts, buildCost, annualRunCost, complianceCost, currency, List.of(), null);
    }
}
