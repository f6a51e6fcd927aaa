package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The translator's sentences of PRODUCT.md §6.1 and §6.2, for the explanation and the business case: what a point
 * of recall or automation is worth a year, where the project breaks even against today's process, and what the AI
 * option adds over the best non-AI way. Built from the same figures as the score document.
 */
final class ValueNarrative {

    private ValueNarrative() {
    }

    /** The business case's sentences, one per derived line and one for the alternative; empty for a method-1 case. */
    static String businessCase(FinancialInput input, FinancialResult financials, Spoken spoken) {
        var sentences = new ArrayList<String>();
        List<ValueModel> models = models(input);
        for (int i = 0; i < models.size(); i++) {
            DerivedBenefit figures = financials.derivedBenefits().get(i);
            sentences.add(translated(figures, models.get(i), spoken));
            if (figures.operatingCurve() != null) {
                sentences.add(CurveNarrative.operatingPoint(figures, (DetectionModel) models.get(i), spoken));
            }
        }
        AlternativeResult alternative = financials.alternative();
        if (alternative != null) {
            sentences.add(whatAiAdds(alternative, spoken));
        }
        return String.join(" ", sentences);
    }

    /** The explanation's lines: how each derived benefit is made up, then the alternative's figures. */
    static List<String> explanation(FinancialInput input, FinancialResult financials, Spoken spoken) {
        var lines = new ArrayList<String>();
        List<ValueModel> models = models(input);
        for (int i = 0; i < models.size(); i++) {
            DerivedBenefit figures = financials.derivedBenefits().get(i);
            ValueModel model = models.get(i);
            String head = "\"" + figures.line() + "\" is derived from model performance: "
                    + spoken.money(figures.annualBenefit()) + " a year at full adoption (" + inputs(model, spoken)
                    + "). ";
            lines.add(head + translated(figures, model, spoken) + (figures.operatingCurve() == null ? ""
                    : " " + CurveNarrative.operatingPoint(figures, (DetectionModel) model, spoken)));
        }
        AlternativeResult a = financials.alternative();
        if (a != null) {
            lines.add("The best non-AI way, \"" + a.name() + "\", has an NPV of " + spoken.money(a.npv())
                    + " and, with its " + spoken.percent(a.probabilityOfSuccess()) + " chance of success, a "
                    + "risk-adjusted NPV of " + spoken.money(a.riskAdjustedNpv()) + ". " + whatAiAdds(a, spoken));
        }
        return lines;
    }

    private static String translated(DerivedBenefit f, ValueModel model, Spoken spoken) {
        if (model instanceof DetectionModel d) {
            String today = d.baselineRecall() == 0 ? "nothing catches these cases today"
                    : "today's process catches " + rate(d.baselineRecall(), spoken);
            if (f.valuePerRecallPoint() == null) {
                return "At the chosen threshold the model flags no real case, so its recall and precision are 0 ("
                        + today + ").";
            }
            String value = "Each point of recall is worth " + spoken.aboutMoney(f.valuePerRecallPoint()) + " a year";
            if (f.valuePerRecallPoint() <= 0) {
                return value + ": at a precision of " + rate(d.likelyPrecision(), spoken) + " each case caught "
                        + "costs more in alerts than it saves, so better recall alone cannot pay back (" + today + ").";
            }
            String breakEven = f.breakEvenRecall() == null ? "no recall up to 100 % makes the project break even"
                    : "the project breaks even at a recall of " + rate(f.breakEvenRecall(), spoken);
            String fewerAlerts = "";
            if (d.baselineRecall() > 0) {
                // B at R₁ = R₀: only the alerts change, c·N·π·R₀·(1/P₀ − 1/P₁)
                double alertsOnly = d.costPerAlert().likely() * d.casesPerYear().likely() * d.prevalence().likely()
                        * d.baselineRecall() * (1 / d.baselinePrecision() - 1 / d.likelyPrecision());
                if (alertsOnly > 0) {
                    fewerAlerts = "; even at today's recall its sharper alerts would save "
                            + spoken.aboutMoney(alertsOnly) + " a year in alerts worked";
                }
            }
            return value + "; " + breakEven + " (" + today + ", the model is expected to reach "
                    + rate(d.recall().likely(), spoken) + fewerAlerts + ").";
        }
        var a = (AutomationModel) model;
        String value = "Each point of automation is worth " + spoken.aboutMoney(f.valuePerAutomationPoint())
                + " a year";
        if (f.valuePerAutomationPoint() <= 0) {
            return value + ": each automated task's errors cost more than the time it saves, so automating more "
                    + "cannot pay back.";
        }
        String breakEven = f.breakEvenAutomationRate() == null
                ? "no automation rate up to 100 % makes the project break even"
                : "the project breaks even when the model handles " + rate(f.breakEvenAutomationRate(), spoken)
                  + " of tasks without a person";
        String errors = f.breakEvenErrorRate() == null ? ""
                : ", or at an error rate of " + rate(f.breakEvenErrorRate(), spoken);
        return value + "; " + breakEven + errors + " (the plan is " + rate(a.automationRate().likely(), spoken)
                + " at an error rate of " + rate(a.errorRate().likely(), spoken) + "; today people do all of it).";
    }

    private static String whatAiAdds(AlternativeResult a, Spoken spoken) {
        String returns = a.name() + " would return " + spoken.aboutMoney(a.riskAdjustedNpv()) + " in today's money, "
                + "allowing for its chance of failure";
        String beats = spoken.percent(a.probabilityBeatsAlternative()) + " of simulated outcomes";
        if (a.returnsAsMuch()) {
            double ai = a.riskAdjustedNpv() + a.incrementalRiskAdjustedNpv();
            return returns + ", against " + spoken.money(ai) + " for the AI option: the model adds nothing over it "
                    + "(it beats the alternative in only " + beats + ").";
        }
        return returns + "; the model adds " + spoken.aboutMoney(a.incrementalRiskAdjustedNpv())
                + " on top (it beats the alternative in " + beats + ").";
    }

    private static String inputs(ValueModel model, Spoken spoken) {
        var parts = new ArrayList<String>();
        if (model instanceof DetectionModel d) {
            parts.add(spoken.decimal(d.casesPerYear().likely(), 0) + " cases a year");
            parts.add(rate(d.prevalence().likely(), spoken) + " of them real");
            parts.add(spoken.money(d.valuePerTruePositive().likely()) + " per real case acted on");
            parts.add(spoken.money(d.costPerAlert().likely()) + " per alert worked");
            parts.add("recall " + rate(d.recall().likely(), spoken) + " at precision "
                    + rate(d.likelyPrecision(), spoken));
            parts.add(d.baselineRecall() == 0 ? "nothing caught today"
                    : "today " + rate(d.baselineRecall(), spoken) + " at precision "
                      + rate(d.baselinePrecision(), spoken));
        } else {
            var a = (AutomationModel) model;
            parts.add(spoken.decimal(a.tasksPerYear().likely(), 0) + " tasks a year");
            parts.add(rate(a.automationRate().likely(), spoken) + " automated");
            parts.add(spoken.decimal(a.minutesPerTask().likely(), 1) + " minutes saved each at "
                    + spoken.money(a.costPerHour().likely()) + " an hour");
            parts.add(rate(a.errorRate().likely(), spoken) + " errors at " + spoken.money(a.costPerError().likely())
                    + " each");
        }
        return String.join(", ", parts);
    }

    /**
     * A share with up to one decimal, "47.5 %" but "42 %", so a break-even a few tenths above today does not read
     * equal to it; two below 1 %, so a prevalence of 0.26 % does not read 0.3 %.
     */
    static String rate(double fraction, Spoken spoken) {
        int decimals = Math.abs(fraction) < 0.01 ? 2 : 1;
        return trimmed(spoken.decimal(fraction * 100, decimals), spoken) + " %";
    }

    /** A formatted decimal without trailing zeros after the separator: "47.50" reads "47.5", "42.0" reads "42". */
    static String trimmed(String text, Spoken spoken) {
        char separator = spoken.decimal(0, 1).charAt(1); // "0.0" or "0,0": the locale's decimal separator
        if (text.indexOf(separator) >= 0) {
            text = text.replaceAll("0+$", "");
            if (text.charAt(text.length() - 1) == separator) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return text;
    }

    /** The derived lines' models in line order: the order of {@link FinancialResult#derivedBenefits()}. */
    private static List<ValueModel> models(FinancialInput input) {
        return input.annualBenefits().stream().filter(MoneyLine::isDerived).map(MoneyLine::derivedFrom).toList();
    }
}
