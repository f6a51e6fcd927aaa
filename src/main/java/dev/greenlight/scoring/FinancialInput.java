package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ROI section of an assessment. Rates are fractions (0.10 = 10 %); benefits are annual amounts at full
 * adoption; {@code adoptionByYear} has one share per year of the horizon.
 * The record snapshots its lists but does not validate them: the engine does, so that errors can name the field.
 *
 * @param alternative the best non-AI way to the same goal (PRODUCT.md §6.2), or null when none is priced
 */
public record FinancialInput(String currency, int horizonYears, double discountRate, double probabilityOfSuccess,
                             List<MoneyLine> buildCosts, List<MoneyLine> annualRunCosts,
                             List<MoneyLine> annualBenefits, List<Double> adoptionByYear,
                             AlternativeInput alternative) {

    public FinancialInput(String currency, int horizonYears, double discountRate, double probabilityOfSuccess,
                          List<MoneyLine> buildCosts, List<MoneyLine> annualRunCosts, List<MoneyLine> annualBenefits,
                          List<Double> adoptionByYear) {
        this(currency, horizonYears, discountRate, probabilityOfSuccess, buildCosts, annualRunCosts, annualBenefits,
                adoptionByYear, null);
    }

    /** The same input with other lines, e.g. for the tornado; the alternative is kept. */
    public FinancialInput withLines(List<MoneyLine> build, List<MoneyLine> run, List<MoneyLine> benefits) {
        return new FinancialInput(currency, horizonYears, discountRate, probabilityOfSuccess, build, run, benefits,
                adoptionByYear, alternative);
    }

    public FinancialInput {
        buildCosts = snapshot(buildCosts);
        annualRunCosts = snapshot(annualRunCosts);
        annualBenefits = snapshot(annualBenefits);
        adoptionByYear = snapshot(adoptionByYear);
    }

    // ArrayList rather than List.copyOf: nulls must survive until validation can report where they are.
    private static <T> List<T> snapshot(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
