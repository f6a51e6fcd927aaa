package dev.greenlight.scoring;

import java.util.List;

/**
 * The financial half of a score. Money is in {@link #currency()}, rates and ratios are fractions, and a
 * {@code null} means the figure does not exist (no IRR without a sign change, no payback within the horizon,
 * no ratio when there are no costs).
 *
 * @param annualRunCost  likely run costs per year, without the compliance cost
 * @param complianceCost the annual compliance cost added by the ethics level
 */
public record FinancialResult(List<Double> cashFlows, double npv, double riskAdjustedNpv, Double irr, Double roi,
                              Double benefitCostRatio, Double paybackMonths, MonteCarloResult monteCarlo,
                              List<TornadoRow> tornado, double pvBenefits, double pvCosts, double buildCost,
                              double annualRunCost, double complianceCost, String currency) {

    public FinancialResult {
        cashFlows = List.copyOf(cashFlows);
        tornado = List.copyOf(tornado);
    }
}
