package dev.greenlight.scoring;

import java.util.List;

/**
 * The operating curve of a DETECTION line measured on validation data (PRODUCT.md §9.1), at the likely values of
 * the line's other inputs; the field names are a JSON contract ({@code financials.derivedBenefits[i].operatingCurve}).
 * Benefits are the line's annual benefit at full adoption.
 *
 * @param benefitIfAllFlagged the benefit of flagging every case (recall and false-positive rate 1)
 * @param recallRange         the Wilson interval (z = 2.576) around the recall at the chosen threshold: the range
 *                            the simulation draws from
 * @param points              101 evenly spaced stored points plus the best and the chosen, ascending by threshold
 */
public record OperatingCurve(double bestThreshold, double benefitAtBest, double chosenThreshold,
                             double benefitAtChosen, double benefitIfAllFlagged, Range recallRange,
                             Range falsePositiveRateRange, List<Point> points) {

    public OperatingCurve {
        points = List.copyOf(points);
    }

    /**
     * One threshold of the curve.
     *
     * @param precision production precision P₁ at the production prevalence; null when nothing is flagged
     */
    public record Point(double threshold, double recall, double falsePositiveRate, Double precision,
                       double alertsPerYear, double annualBenefit) {
    }
}
