package dev.greenlight.scoring;

import java.util.List;

/**
 * The priced alternative of a score (PRODUCT.md §6.2). Money in the assessment's currency; a {@code null} IRR or
 * payback does not exist, as for the AI option.
 *
 * @param incrementalRiskAdjustedNpv  the AI option's risk-adjusted NPV less the alternative's: what AI adds
 * @param probabilityBeatsAlternative share of simulated trials in which the AI option's NPV exceeds the
 *                                    alternative's, both drawn in the same trials
 */
public record AlternativeResult(String name, double probabilityOfSuccess, List<Double> cashFlows, double npv,
                                double riskAdjustedNpv, Double irr, Double paybackMonths,
                                double incrementalRiskAdjustedNpv, double probabilityBeatsAlternative,
                                double buildCost, double annualRunCost, double annualBenefit) {

    public AlternativeResult {
        cashFlows = List.copyOf(cashFlows);
    }

    /** §6.2: when the non-AI way returns at least as much, GO is capped at REVISE. */
    public boolean returnsAsMuch() {
        return incrementalRiskAdjustedNpv <= 0;
    }
}
