package dev.greenlight.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drift into money (PRODUCT.md §10.1): the deterministic NPV of the approved version recomputed with some model inputs
 * of its derived lines set to what monitoring observed, everything else as approved. The model is in production, so no
 * probability of success applies. The same {@link FinancialModel} as the score, so the approved NPV here is the
 * score's NPV and the change is exactly what the observed values move.
 */
public final class Reforecast {

    /** The inputs monitoring can observe in production; the rest (volumes, prices) are the business's, not the model's. */
    public static final Set<String> OBSERVABLE = Set.of("recall", "precision", "falsePositiveRate", "automationRate",
            "errorRate");

    private Reforecast() {
    }

    /** One observed value: benefit line {@code line} (its index), the input's key, the value. */
    public record Observed(int line, String input, double value) {
    }

    /** What the re-forecast rests on: per observed input, its name and line, the approved likely value and the observed. */
    public record Basis(int line, String lineName, String input, String label, double approved, double observed) {
    }

    /**
     * @param annualBenefit         Σ B of the derived lines at full adoption with the observed values
     * @param approvedAnnualBenefit Σ B of the derived lines as approved
     */
    public record Result(List<Basis> basis, double npv, double approvedNpv, double annualBenefit,
                         double approvedAnnualBenefit) {

        public Result {
            basis = List.copyOf(basis);
        }

        public double change() {
            return npv - approvedNpv;
        }

        /** What the drift costs a month at full adoption: (approved B − observed B) / 12. */
        public double monthlyValueAtRisk() {
            return (approvedAnnualBenefit - annualBenefit) / 12;
        }
    }

    /**
     * The inputs of a derived line that monitoring may report, by key, with their index in the model: a DETECTION line's
     * recall and precision (or false-positive rate, when it was measured on validation data), an AUTOMATION line's
     * automation and error rates. Empty for a line that is not derived.
     */
    public static Map<String, Integer> observableInputs(MoneyLine line) {
        var result = new LinkedHashMap<String, Integer>();
        if (line == null || !line.isDerived()) {
            return result;
        }
        var inputs = line.derivedFrom().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            if (OBSERVABLE.contains(inputs.get(i).key())) {
                result.put(inputs.get(i).key(), i);
            }
        }
        return result;
    }

    /**
     * An input monitoring may report for a derived line: its key, label and allowed values, the approved likely value and
     * the break-even (the value at which the deterministic NPV is 0, everything else as approved; null when none, §6.1).
     */
    public record Observable(int line, String lineName, String input, String label, String interval, double approved,
                             Double breakEven) {
    }

    /** Every input monitoring may report for the approved version, line by line. */
    public static List<Observable> observables(FinancialInput approved, double annualComplianceCost) {
        var model = new FinancialModel(approved, annualComplianceCost);
        var figures = ValueModels.figures(model);
        var result = new ArrayList<Observable>();
        int derived = 0;
        var lines = approved.annualBenefits();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (!line.isDerived()) {
                continue;
            }
            var f = figures.get(derived++);
            for (var entry : observableInputs(line).entrySet()) {
                var input = line.derivedFrom().inputs().get(entry.getValue());
                Double breakEven = switch (entry.getKey()) {
                    case "recall" -> f.breakEvenRecall();
                    case "precision" -> f.breakEvenPrecision();
                    case "automationRate" -> f.breakEvenAutomationRate();
                    case "errorRate" -> f.breakEvenErrorRate();
                    default -> null;
                };
                result.add(new Observable(i, line.name(), entry.getKey(), input.label(), input.interval(),
                        line.derivedFrom().range(entry.getValue()).likely(), breakEven));
            }
        }
        return result;
    }

    /**
     * The re-forecast of {@code approved} with {@code observed} in place of the likely values they name. An input the
     * line does not have, or a value outside its range, is an {@link IllegalArgumentException}: callers validate first.
     */
    public static Result of(FinancialInput approved, double annualComplianceCost, List<Observed> observed) {
        var lines = new ArrayList<>(approved.annualBenefits());
        var basis = new ArrayList<Basis>();
        for (var o : observed) {
            MoneyLine line = o.line() >= 0 && o.line() < lines.size() ? lines.get(o.line()) : null;
            Integer index = observableInputs(line).get(o.input());
            if (index == null) {
                throw new IllegalArgumentException("benefit line " + o.line() + " has no observable input " + o.input());
            }
            ModelInput input = line.derivedFrom().inputs().get(index);
            if (!input.allows(o.value())) {
                throw new IllegalArgumentException(o.input() + " must be in " + input.interval() + ", was " + o.value());
            }
            basis.add(new Basis(o.line(), line.name(), o.input(), input.label(),
                    approved.annualBenefits().get(o.line()).derivedFrom().range(index).likely(), o.value()));
            lines.set(o.line(), MoneyLine.derived(line.name(), line.derivedFrom().withInput(index, o.value()), line.evidence()));
        }
        var approvedModel = new FinancialModel(approved, annualComplianceCost);
        var observedModel = new FinancialModel(approved.withLines(approved.buildCosts(), approved.annualRunCosts(), lines),
                annualComplianceCost);
        return new Result(basis, observedModel.npv(), approvedModel.npv(), derivedBenefit(lines),
                derivedBenefit(approved.annualBenefits()));
    }

    /**
     * The re-review's reason in money: "at the observed recall 0.58 (approved at 0.82) the project's NPV falls from
     * $3.2M to -$0.4M". The line is named when the basis spans several lines.
     */
    public static String reason(Result result, String currency) {
        var spoken = new Spoken(currency, Locale.US);
        boolean severalLines = result.basis().stream().map(Basis::line).distinct().count() > 1;
        var parts = new ArrayList<String>();
        for (var b : result.basis()) {
            parts.add((severalLines ? b.lineName() + ": " : "") + b.label() + " " + share(b.observed()) + " (approved at "
                    + share(b.approved()) + ")");
        }
        String observed = parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
        String direction = result.change() < 0 ? "falls" : result.change() > 0 ? "rises" : "stays";
        return "at the observed " + observed + " the project's NPV " + direction + " from "
                + spoken.money(result.approvedNpv()) + (result.change() == 0 ? "" : " to " + spoken.money(result.npv()));
    }

    /** Three significant digits, at least two decimals: 0.58, 0.823, 0.004. */
    static String share(double value) {
        if (value == 0) {
            return "0";
        }
        var rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros();
        if (rounded.scale() < 2) {
            rounded = rounded.setScale(2, RoundingMode.HALF_UP);
        }
        return rounded.toPlainString();
    }

    private static double derivedBenefit(List<MoneyLine> lines) {
        double sum = 0;
        for (var line : lines) {
            if (line.isDerived()) {
                sum += line.derivedFrom().likelyBenefit();
            }
        }
        return sum;
    }
}
