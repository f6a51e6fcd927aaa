package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The translator's sentences of PRODUCT.md §9: what the chosen threshold catches and is worth (§9.1), and which
 * uncertain input is worth learning before the money is committed (§9.2). Built from the same figures as the score
 * document.
 */
final class CurveNarrative {

    /** §9.2's rule: an input is worth naming when learning it is worth at least this share of the build cost. */
    static final double SHARE_OF_BUILD = 0.05;
    /** The cut-off people use when nobody chose one: a probability of 0.5. */
    private static final double CONVENTIONAL_CUT_OFF = 0.5;

    private CurveNarrative() {
    }

    /**
     * "At the threshold 0.62 the model catches 81 % of real cases (77–85 % on 1,240 known cases) and raises 310
     * alerts a day; that threshold is worth $2.4M a year, $300K more than flagging at 0.5."
     */
    static String operatingPoint(DerivedBenefit figures, DetectionModel model, Spoken spoken) {
        OperatingCurve c = figures.operatingCurve();
        ValidationCurve curve = model.validation();
        int chosen = curve.indexOf(c.chosenThreshold());
        double alertsPerDay = DetectionModel.alerts(model.casesPerYear().likely(), model.prevalence().likely(),
                curve.recall(chosen), curve.falsePositiveRate(chosen)) / 365;
        Range recall = c.recallRange();
        String known = curve.effectivePositives() == curve.positives() ? " known cases" : " known cases, weighted";
        String catches = "At the threshold " + threshold(c.chosenThreshold(), spoken) + " the model catches "
                + ValueNarrative.rate(recall.likely(), spoken) + " of real cases (" + rateRange(recall, spoken) + " on "
                + spoken.decimal(curve.effectivePositives(), 0) + known + ") and raises "
                + spoken.decimal(alertsPerDay, alertsPerDay < 10 ? 1 : 0) + " alerts a day";
        return catches + "; that threshold is worth " + spoken.aboutMoney(c.benefitAtChosen()) + " a year"
                + comparison(c, model, curve, spoken) + ".";
    }

    /** Against the best threshold when another was chosen, else against 0.5 or flagging everything. */
    private static String comparison(OperatingCurve c, DetectionModel model, ValidationCurve curve, Spoken spoken) {
        if (c.chosenThreshold() != c.bestThreshold()) {
            return ", " + spoken.aboutMoney(c.benefitAtBest() - c.benefitAtChosen()) + " less than at the best "
                    + "threshold, " + threshold(c.bestThreshold(), spoken);
        }
        int conventional = conventionalCutOff(curve);
        if (conventional >= 0 && curve.points().get(conventional).threshold() != c.chosenThreshold()) {
            double gain = c.benefitAtChosen() - model.benefitAt(curve.recall(conventional),
                    curve.falsePositiveRate(conventional));
            return gain <= 0 ? "" : ", " + spoken.aboutMoney(gain) + " more than flagging at "
                    + threshold(curve.points().get(conventional).threshold(), spoken);
        }
        double gain = c.benefitAtChosen() - c.benefitIfAllFlagged();
        return gain <= 0 ? "" : ", " + spoken.aboutMoney(gain) + " more than flagging every case";
    }

    /** The lowest stored threshold at or above 0.5 when the scores look like probabilities, else −1. */
    private static int conventionalCutOff(ValidationCurve curve) {
        var points = curve.points();
        if (points.getFirst().threshold() < 0 || points.getLast().threshold() > 1) {
            return -1;
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).threshold() >= CONVENTIONAL_CUT_OFF) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Before building, knowing the recall of "Fraud losses avoided" is worth up to $310K: a pilot that measures it
     * for less than that pays for itself." Only when that input is worth at least 5 % of the likely build cost.
     */
    static Optional<String> learnFirst(ValueOfInformation information, double buildCost, Spoken spoken) {
        return information.first().filter(first -> first.evppi() > 0 && first.evppi() >= SHARE_OF_BUILD * buildCost)
                .map(first -> "Before building, " + knowing(first.input()) + " is worth up to "
                        + spoken.aboutMoney(first.evppi()) + ": a pilot that " + (isOutcome(first.input())
                        ? "finds out" : "measures it") + " for less than that pays for itself.");
    }

    /** The explanation's lines: what to learn first, and what knowing everything would be worth. */
    static List<String> explanation(ValueOfInformation information, double buildCost, Spoken spoken) {
        var lines = new ArrayList<String>();
        if (information.first().isEmpty()) {
            return lines;
        }
        String everything = "knowing every estimate exactly is worth up to " + spoken.aboutMoney(information.evpi())
                + " (the expected value of perfect information)";
        learnFirst(information, buildCost, spoken).ifPresentOrElse(
                sentence -> lines.add(sentence + " By comparison, " + everything + "."),
                () -> lines.add("No single estimate is worth learning before building: " + everything + ", and "
                        + "none alone is worth " + spoken.percent(SHARE_OF_BUILD) + " of the build cost."));
        return lines;
    }

    /** How a sentence names learning an input that value of information names as the tornado does. */
    static String knowing(String input) {
        if (isOutcome(input)) {
            return "knowing " + Character.toLowerCase(input.charAt(0)) + input.substring(1);
        }
        if (input.startsWith(ValueOfInformation.ALTERNATIVE_PREFIX)) {
            return "knowing the alternative's \"" + input.substring(ValueOfInformation.ALTERNATIVE_PREFIX.length())
                    + "\" exactly";
        }
        int colon = input.lastIndexOf(": ");
        if (colon > 0) {
            String label = input.substring(colon + 2);
            for (ModelInput modelInput : ModelInput.values()) {
                if (modelInput.label().equals(label)) {
                    String what = label.endsWith(" a year") ? "number of " + label : label;
                    return "knowing the " + what + " of \"" + input.substring(0, colon) + "\"";
                }
            }
        }
        return "knowing \"" + input + "\" exactly";
    }

    private static boolean isOutcome(String input) {
        return input.equals(ValueOfInformation.MODEL_WORKS) || input.equals(ValueOfInformation.ALTERNATIVE_WORKS);
    }

    /** "77–85 %": both ends of a share's range, one unit. */
    private static String rateRange(Range range, Spoken spoken) {
        String low = ValueNarrative.rate(range.low(), spoken);
        return low.substring(0, low.length() - 2) + "–" + ValueNarrative.rate(range.high(), spoken);
    }

    /** A score threshold to three significant digits, at most eight decimals: "0.62", "0.00125", "734". */
    static String threshold(double t, Spoken spoken) {
        if (t == 0) {
            return spoken.decimal(0, 0);
        }
        int decimals = Math.clamp(2 - (int) Math.floor(Math.log10(Math.abs(t))), 0, 8);
        return ValueNarrative.trimmed(spoken.decimal(t, decimals), spoken);
    }
}
