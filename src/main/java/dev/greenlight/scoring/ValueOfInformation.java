package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What it is worth to learn more before deciding (PRODUCT.md §9.2), from the Monte Carlo's own trials; the field
 * names are a JSON contract. The options are doing nothing (NPV 0), the AI project and, when priced, the non-AI
 * alternative; each trial's NPV already includes whether the model worked.
 * <ul>
 *     <li>EVPI = mean over trials of max(0, NPV_AI, NPV_alt) − max(0, mean NPV_AI, mean NPV_alt): what knowing
 *     everything would be worth.</li>
 *     <li>EVPPI of one input: sort the trials by its draw, cut them into {@value #GROUPS} groups of equal count (two,
 *     works and fails, for whether the model or the alternative works), and take Σ_groups (n_g/n)·max over options
 *     of the group's mean NPV − max over options of the overall mean NPV. A binning estimate, biased upwards by
 *     noise, which 10,000 trials and 20 groups keep small.</li>
 * </ul>
 * Both are computed as sums of each option's NPV less that of the option best on average (k*), so they are never
 * below 0 even in floating point: the term for k* is exactly 0 in every maximum. An EVPPI is capped at the EVPI,
 * which it can exceed only by rounding.
 *
 * @param inputs the {@value #SHOWN} inputs worth most, largest first; equal ones in input order
 */
public record ValueOfInformation(double evpi, List<InputValue> inputs) {

    /** Groups of equal count per continuous input. */
    public static final int GROUPS = 20;
    /** Inputs kept in the score. */
    public static final int SHOWN = 10;
    public static final String MODEL_WORKS = "Whether the model works";
    public static final String ALTERNATIVE_WORKS = "Whether the alternative works";
    /** How an alternative's line is named: "Alternative: Analysts". */
    public static final String ALTERNATIVE_PREFIX = "Alternative: ";

    /**
     * @param input named as the tornado names it: "Licences", "Fraud losses avoided: recall", "Alternative:
     *              Analysts", or {@link #MODEL_WORKS} and {@link #ALTERNATIVE_WORKS}
     */
    public record InputValue(String input, double evppi) {
    }

    public ValueOfInformation {
        inputs = List.copyOf(inputs);
    }

    /** The input worth learning first, when any input is uncertain. */
    public java.util.Optional<InputValue> first() {
        return inputs.stream().findFirst();
    }

    /**
     * @param ai          the AI option's trials
     * @param alternative the alternative's trials, paired with the AI option's by index, or null when none is priced
     */
    static ValueOfInformation of(Trials ai, Trials alternative) {
        double[] aiNpv = ai.npv();
        int n = aiNpv.length;
        double[] altNpv = alternative == null ? null : alternative.npv();
        // each option's NPV less the NPV of k*, per trial; k* is 0 (doing nothing), 1 (AI) or 2 (the alternative)
        double meanAi = mean(aiNpv);
        double meanAlt = altNpv == null ? Double.NEGATIVE_INFINITY : mean(altNpv);
        int best = meanAi >= Math.max(0, meanAlt) ? 1 : meanAlt > 0 ? 2 : 0;
        double[] first = new double[n];
        double[] second = altNpv == null ? null : new double[n];
        double evpiSum = 0;
        for (int t = 0; t < n; t++) {
            double reference = best == 0 ? 0 : best == 1 ? aiNpv[t] : altNpv[t];
            // the two options other than k*, in a fixed order: do nothing, AI, alternative
            first[t] = (best == 0 ? aiNpv[t] : 0) - reference;
            if (second != null) {
                second[t] = (best == 2 ? aiNpv[t] : altNpv[t]) - reference;
            }
            evpiSum += Math.max(0, Math.max(first[t], second == null ? 0 : second[t]));
        }
        double evpi = evpiSum / n;

        var values = new ArrayList<InputValue>();
        var grouping = new Grouping(first, second, evpi);
        addWorks(values, MODEL_WORKS, ai.works(), grouping);
        addDraws(values, "", ai, grouping);
        if (alternative != null) {
            addWorks(values, ALTERNATIVE_WORKS, alternative.works(), grouping);
            addDraws(values, ALTERNATIVE_PREFIX, alternative, grouping);
        }
        values.sort(Comparator.comparingDouble(InputValue::evppi).reversed()); // stable: ties keep input order
        return new ValueOfInformation(evpi, values.subList(0, Math.min(SHOWN, values.size())));
    }

    private static void addWorks(List<InputValue> values, String name, boolean[] works, Grouping grouping) {
        int worked = 0;
        for (boolean w : works) {
            worked += w ? 1 : 0;
        }
        if (worked > 0 && worked < works.length) { // a certain outcome is not an uncertain input
            values.add(new InputValue(name, grouping.byOutcome(works)));
        }
    }

    private static void addDraws(List<InputValue> values, String prefix, Trials trials, Grouping grouping) {
        for (int i = 0; i < trials.inputs().size(); i++) {
            values.add(new InputValue(prefix + trials.inputs().get(i), grouping.byDraw(trials.draws()[i])));
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /**
     * Sums the rival options' advantages over k* within groups of trials. Its buffers serve every input of a score,
     * so an input costs three passes over the trials and no allocation.
     */
    private static final class Grouping {

        private final double[] first;
        private final double[] second;
        private final double evpi;
        /** Per trial, in bucket order: its draw's float bits in the high half, its number in the low half. */
        private final long[] keys;
        /** Where each bucket of draws ends in {@link #keys}. */
        private final int[] bucketEnds;
        /** Where each of the {@value #GROUPS} groups ends, as a rank among the trials. */
        private final int[] groupEnds = new int[GROUPS];

        Grouping(double[] first, double[] second, double evpi) {
            this.first = first;
            this.second = second;
            this.evpi = evpi;
            this.keys = new long[first.length];
            this.bucketEnds = new int[Math.max(64, Integer.highestOneBit(first.length))];
            for (int g = 0; g < GROUPS; g++) {
                groupEnds[g] = (int) ((long) first.length * (g + 1) / GROUPS);
            }
        }

        /** Two groups: the trials where it worked and those where it failed. */
        double byOutcome(boolean[] works) {
            double[] sums = new double[4];
            for (int t = 0; t < works.length; t++) {
                int g = works[t] ? 2 : 0;
                sums[g] += first[t];
                sums[g + 1] += second == null ? 0 : second[t];
            }
            return capped(gain(sums[0], sums[1]) + gain(sums[2], sums[3]));
        }

        /**
         * {@value #GROUPS} groups of equal count in the order of the draws, ties broken by trial number. A full sort
         * per input would cost more than the simulation, and a group needs only its members, not their order: the
         * trials are counted into equal-width buckets of their draw (a draw lies in [0, 1]), and only a bucket that
         * straddles the end of a group is sorted, by its keys. A draw's float bits order like the draw itself.
         */
        double byDraw(float[] draws) {
            int n = draws.length;
            int buckets = bucketEnds.length;
            Arrays.fill(bucketEnds, 0);
            for (float draw : draws) {
                bucketEnds[bucket(draw, buckets)]++;
            }
            int end = 0;
            for (int b = 0; b < buckets; b++) { // from counts to where each bucket starts
                int count = bucketEnds[b];
                bucketEnds[b] = end;
                end += count;
            }
            for (int t = 0; t < n; t++) { // after this, bucketEnds[b] is where bucket b ends
                int b = bucket(draws[t], buckets);
                keys[bucketEnds[b]++] = (long) Float.floatToIntBits(draws[t] + 0.0f) << 32 | t;
            }
            for (int g = 0; g < GROUPS - 1; g++) {
                int cut = groupEnds[g];
                int b = firstBucketEndingAfter(cut);
                int start = b == 0 ? 0 : bucketEnds[b - 1];
                if (start < cut) {
                    Arrays.sort(keys, start, bucketEnds[b]);
                }
            }
            double total = 0;
            int rank = 0;
            for (int g = 0; g < GROUPS; g++) {
                double a = 0;
                double c = 0;
                for (; rank < groupEnds[g]; rank++) {
                    int t = (int) keys[rank];
                    a += first[t];
                    c += second == null ? 0 : second[t];
                }
                total += gain(a, c);
            }
            return capped(total);
        }

        private static int bucket(float draw, int buckets) {
            return Math.min(buckets - 1, (int) (draw * buckets));
        }

        /** The bucket holding rank {@code cut}: the first whose end lies beyond it. */
        private int firstBucketEndingAfter(int cut) {
            int low = 0;
            int high = bucketEnds.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (bucketEnds[mid] > cut) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        /** A group's Σ_t max over options − Σ_t of k*'s NPV, given the rivals' summed advantages over k*. */
        private static double gain(double first, double second) {
            return Math.max(0, Math.max(first, second));
        }

        private double capped(double sum) {
            return Math.min(evpi, sum / first.length);
        }
    }
}
