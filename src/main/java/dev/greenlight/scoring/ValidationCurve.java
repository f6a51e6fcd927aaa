package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What Greenlight keeps of a model's scores on labelled validation data (PRODUCT.md §9.1): the weighted class
 * totals, their Kish effective sizes, and at most {@link #MAX_POINTS} thresholds with the exact weighted counts of
 * rows scoring at or above each. Never the rows.
 *
 * @param source             the uploaded file's name, or null
 * @param rows               data rows read (the header not counted)
 * @param positives          P: the summed weight of the rows labelled positive
 * @param negatives          Q: the summed weight of the rows labelled negative
 * @param effectivePositives (Σw)²/Σw² over the positive rows: P when every weight is 1
 * @param effectiveNegatives the same over the negative rows
 * @param points             ascending by threshold
 * @param chosenThreshold    the threshold the engineer picked, one of the points'; null for the best
 */
public record ValidationCurve(String source, long rows, double positives, double negatives,
                              double effectivePositives, double effectiveNegatives, List<Point> points,
                              Double chosenThreshold) {

    /** The most thresholds kept, whatever the number of rows. */
    public static final int MAX_POINTS = 1_000;
    /** The fewest rows of each label a curve is built from: below this the ranges say nothing. */
    public static final int MIN_ROWS_PER_LABEL = 10;

    /**
     * @param threshold t
     * @param tp        the summed weight of positive rows with score ≥ t
     * @param fp        the summed weight of negative rows with score ≥ t
     */
    public record Point(double threshold, double tp, double fp) {
    }

    public ValidationCurve {
        // ArrayList rather than List.copyOf: nulls must survive until validation can report where they are
        points = points == null ? null : Collections.unmodifiableList(new ArrayList<>(points));
    }

    /** The same curve with another threshold picked. */
    public ValidationCurve withChosenThreshold(Double threshold) {
        return new ValidationCurve(source, rows, positives, negatives, effectivePositives, effectiveNegatives, points,
                threshold);
    }

    /** The index of the point at {@code threshold}, or −1 when no stored threshold equals it. */
    public int indexOf(double threshold) {
        int low = 0;
        int high = points.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double t = points.get(mid).threshold();
            if (t < threshold) {
                low = mid + 1;
            } else if (t > threshold) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** R(t) = tp / P at the point numbered {@code index}. */
    public double recall(int index) {
        return points.get(index).tp() / positives;
    }

    /** F(t) = fp / Q at the point numbered {@code index}. */
    public double falsePositiveRate(int index) {
        return points.get(index).fp() / negatives;
    }
}
