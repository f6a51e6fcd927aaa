package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The outside view of PRODUCT.md §10.2: how far the organisation's tracked projects fell from their forecasts, applied
 * to a new forecast. A factor applies once at least {@link #MIN_PROJECTS} projects define it; until then it counts 1.
 * The adjusted figure is the deterministic risk-adjusted NPV with every benefit times the median benefit realisation
 * (derived benefits scaled as a whole) and every build cost times the median build overrun; run costs stay as forecast.
 */
public final class OutsideView {

    public static final int MIN_PROJECTS = 3;

    private OutsideView() {
    }

    /** The reference class's figures: each median over the projects where its ratio is defined, with their count. */
    public record Factors(Double medianBenefitRealisation, int nBenefit, Double medianBuildOverrun, int nBuild) {

        /** The factor on benefits: the median once {@link #MIN_PROJECTS} projects define it, else 1. */
        public double benefit() {
            return nBenefit >= MIN_PROJECTS && medianBenefitRealisation != null ? medianBenefitRealisation : 1;
        }

        /** The factor on build costs, likewise. */
        public double build() {
            return nBuild >= MIN_PROJECTS && medianBuildOverrun != null ? medianBuildOverrun : 1;
        }

        public boolean applies() {
            return nBenefit >= MIN_PROJECTS || nBuild >= MIN_PROJECTS;
        }

        /** How many more tracked projects with a defined ratio are needed before either factor applies; 0 once one does. */
        public int moreNeeded() {
            return applies() ? 0 : MIN_PROJECTS - Math.max(nBenefit, nBuild);
        }
    }

    /** The median; an even count takes the mean of the two middle values; null for none. */
    public static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The deterministic risk-adjusted NPV of {@code input} with the factors applied. */
    public static double adjustedRiskAdjustedNpv(FinancialInput input, double annualComplianceCost, Factors factors) {
        var model = new FinancialModel(input, annualComplianceCost);
        double[] flows = model.cashFlows();
        flows[0] *= factors.build();
        for (int t = 1; t < flows.length; t++) {
            flows[t] += input.adoptionByYear().get(t - 1) * model.annualBenefit() * (factors.benefit() - 1);
        }
        double p = input.probabilityOfSuccess();
        return p * FinancialModel.npv(input.discountRate(), flows) + (1 - p) * -(model.buildCost() * factors.build());
    }

    /**
     * "Tracked projects here realised 64 % of forecast benefits (median of 5) and spent 118 % of their build budget
     * (median of 4). Adjusted the same way, this project's risk-adjusted NPV is $1.1M instead of $2.8M." Before any factor
     * applies: how many more tracked projects are needed.
     */
    public static String sentence(Factors f, Double riskAdjustedNpv, Double adjusted, String currency) {
        if (!f.applies()) {
            int more = f.moreNeeded();
            return "The outside view needs " + MIN_PROJECTS + " tracked projects that reported long enough to compare with their "
                    + "forecast; " + more + (more == 1 ? " more is" : " more are") + " needed.";
        }
        var spoken = new Spoken(currency, Locale.US);
        var parts = new ArrayList<String>();
        if (f.nBenefit() >= MIN_PROJECTS) {
            parts.add("realised " + spoken.percent(f.benefit()) + " of forecast benefits (median of " + f.nBenefit() + ")");
        }
        if (f.nBuild() >= MIN_PROJECTS) {
            parts.add("spent " + spoken.percent(f.build()) + " of their build budget (median of " + f.nBuild() + ")");
        }
        var text = "Tracked projects here " + String.join(" and ", parts) + ".";
        if (riskAdjustedNpv != null && adjusted != null) {
            text += " Adjusted the same way, this project's risk-adjusted NPV is " + spoken.money(adjusted) + " instead of "
                    + spoken.money(riskAdjustedNpv) + ".";
        }
        return text;
    }

    /** The condition a product manager may set on approval: plan with the organisation's own record. */
    public static String condition(Factors f, Double adjusted, String currency) {
        var spoken = new Spoken(currency, Locale.US);
        var parts = new ArrayList<String>();
        if (f.nBenefit() >= MIN_PROJECTS) {
            parts.add(spoken.percent(f.benefit()) + " of the forecast benefits");
        }
        if (f.nBuild() >= MIN_PROJECTS) {
            parts.add(spoken.percent(f.build()) + " of the build budget");
        }
        return "Meet the outside view: show before launch that the project still pays at " + String.join(" and ", parts)
                + ", as tracked projects here did" + (adjusted == null ? "" : " (risk-adjusted NPV " + spoken.money(adjusted) + ")") + ".";
    }
}
