package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The best non-AI way to the same goal, priced (PRODUCT.md §6.2): same currency, horizon and discount rate as
 * the AI option, its own chance of success, plain three-point lines, and no compliance cost.
 *
 * @param adoptionByYear null to share the AI option's
 */
public record AlternativeInput(String name, double probabilityOfSuccess, List<MoneyLine> buildCosts,
                               List<MoneyLine> annualRunCosts, List<MoneyLine> annualBenefits,
                               List<Double> adoptionByYear) {

    public AlternativeInput {
        buildCosts = snapshot(buildCosts);
        annualRunCosts = snapshot(annualRunCosts);
        annualBenefits = snapshot(annualBenefits);
        adoptionByYear = snapshot(adoptionByYear);
    }

    /** The alternative as a financial input of its own, so the one financial model prices both options. */
    FinancialInput asFinancialInput(FinancialInput ai) {
        return new FinancialInput(ai.currency(), ai.horizonYears(), ai.discountRate(), probabilityOfSuccess,
                buildCosts, annualRunCosts, annualBenefits, adoptionByYear == null ? ai.adoptionByYear() : adoptionByYear);
    }

    private static <T> List<T> snapshot(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
