package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded Monte Carlo simulation of NPV (PRODUCT.md §3.1). Each trial draws technical success ~ Bernoulli(p); on
 * success every money line is drawn from its three-point distribution, on failure only the build lines are, and
 * the trial loses them.
 * <p>
 * NPV is linear in the line amounts, so a trial never rebuilds cash flows: NPV = −Σ build + A × Σ benefit
 * − D × Σ run − D × compliance, with A = Σ adoption_t / (1+r)^t and D = Σ 1 / (1+r)^t computed once. A trial
 * allocates nothing, and the same input and seed give the same result bit for bit.
 * <p>
 * A derived benefit line (PRODUCT.md §6.1) is drawn input by input on a successful trial, after the plain lines,
 * and its benefit computed from the draws; inputs known exactly are not drawn. The plain lines' random stream is
 * therefore the same with or without derived lines.
 */
public final class MonteCarlo {

    /** Salts the seed of the stream for the inputs a failed trial does not use, so the used draws stay as before. */
    private static final long UNUSED_STREAM_SALT = 0xD1B54A32D192ED03L;

    private final Distribution distribution;
    /** Per line with a spread, how the tornado and value of information name it. */
    private final List<String> names;
    /** Lines with a spread; the build lines come first so a failed trial draws only the first {@code buildLines}. */
    private final double[] low;
    private final double[] range;
    private final double[] coefficient;
    private final double[] modeShare;
    private final double[] alphaD;
    private final double[] alphaC;
    private final double[] betaD;
    private final double[] betaC;
    private final int buildLines;
    /** Plain lines with a spread; the slots after them hold the derived lines' uncertain inputs. */
    private final int plainLines;
    private final ValueModel[] derivedModels;
    /** Per derived line, its inputs' likely values: the values of inputs known exactly. */
    private final double[][] derivedLikely;
    /** Per derived line and input, the slot it is drawn from, or −1 when it is known exactly. */
    private final int[][] derivedSlot;
    private final double benefitFactor;
    private final double successConstant;
    private final double failureConstant;
    private final double probabilityOfSuccess;

    public MonteCarlo(FinancialModel model, Distribution distribution) {
        if (distribution == null) {
            throw new IllegalArgumentException("distribution must not be null");
        }
        this.distribution = distribution;
        FinancialInput input = model.input();
        this.probabilityOfSuccess = input.probabilityOfSuccess();

        var lines = new ArrayList<MoneyLine>();
        var coefficients = new ArrayList<Double>();
        double constantOnSuccess = -model.annuityFactor() * model.complianceCost();
        double constantOnFailure = 0;
        int builds = 0;
        for (MoneyLine line : orEmpty(input.buildCosts())) {
            if (line.isConstant()) {
                constantOnSuccess -= line.likely();
                constantOnFailure -= line.likely();
            } else {
                lines.add(line);
                coefficients.add(-1.0);
                builds++;
            }
        }
        for (MoneyLine line : orEmpty(input.annualRunCosts())) {
            if (line.isConstant()) {
                constantOnSuccess -= model.annuityFactor() * line.likely();
            } else {
                lines.add(line);
                coefficients.add(-model.annuityFactor());
            }
        }
        var derived = new ArrayList<ValueModel>();
        var derivedNames = new ArrayList<String>();
        for (MoneyLine line : orEmpty(input.annualBenefits())) {
            if (line.isDerived()) {
                derived.add(line.derivedFrom());
                derivedNames.add(line.name());
            } else if (line.isConstant()) {
                constantOnSuccess += model.benefitFactor() * line.likely();
            } else {
                lines.add(line);
                coefficients.add(model.benefitFactor());
            }
        }
        this.buildLines = builds;
        this.successConstant = constantOnSuccess;
        this.failureConstant = constantOnFailure;
        this.plainLines = lines.size();
        this.benefitFactor = model.benefitFactor();
        this.derivedModels = derived.toArray(ValueModel[]::new);
        this.derivedLikely = new double[derivedModels.length][];
        this.derivedSlot = new int[derivedModels.length][];
        var slotRanges = new ArrayList<Range>();
        var slotNames = new ArrayList<String>();
        for (int d = 0; d < derivedModels.length; d++) {
            ValueModel vm = derivedModels[d];
            int k = vm.inputs().size();
            derivedLikely[d] = new double[k];
            derivedSlot[d] = new int[k];
            for (int j = 0; j < k; j++) {
                Range r = vm.range(j);
                derivedLikely[d][j] = r.likely();
                derivedSlot[d][j] = r.knownExactly() ? -1 : plainLines + slotRanges.size();
                if (!r.knownExactly()) {
                    slotRanges.add(r);
                    slotNames.add(derivedNames.get(d) + ": " + vm.inputs().get(j).label());
                }
            }
        }
        for (int s = 0; s < slotRanges.size(); s++) {
            Range r = slotRanges.get(s);
            lines.add(new MoneyLine(slotNames.get(s), r.low(), r.likely(), r.high(), null));
            coefficients.add(0.0); // the slot's draw enters through its model, not linearly
        }
        this.names = lines.stream().map(MoneyLine::name).toList();

        int n = lines.size();
        low = new double[n];
        range = new double[n];
        coefficient = new double[n];
        modeShare = new double[n];
        alphaD = new double[n];
        alphaC = new double[n];
        betaD = new double[n];
        betaC = new double[n];
        for (int i = 0; i < n; i++) {
            MoneyLine line = lines.get(i);
            low[i] = line.low();
            range[i] = line.high() - line.low();
            coefficient[i] = coefficients.get(i);
            modeShare[i] = (line.likely() - line.low()) / range[i];
            double alpha = 1 + 4 * modeShare[i];
            double beta = 1 + 4 * (1 - modeShare[i]);
            alphaD[i] = alpha - 1.0 / 3;
            alphaC[i] = 1 / Math.sqrt(9 * alphaD[i]);
            betaD[i] = beta - 1.0 / 3;
            betaC[i] = 1 / Math.sqrt(9 * betaD[i]);
        }
    }

    /** Runs the model's number of trials with its seed, distribution and histogram bins. */
    public static MonteCarloResult simulate(FinancialModel financialModel, ScoringModel scoringModel) {
        return new MonteCarlo(financialModel, scoringModel.distribution())
                .run(scoringModel.trials(), scoringModel.seed(), scoringModel.histogramBins());
    }

    public MonteCarloResult run(int trials, long seed, int histogramBins) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be positive, was " + trials);
        }
        if (histogramBins < 1) {
            throw new IllegalArgumentException("histogramBins must be positive, was " + histogramBins);
        }
        return MonteCarloResult.of(trialNpvs(trials, seed), seed, histogramBins);
    }

    /** The NPV of every trial, in simulation order. */
    public double[] trialNpvs(int trials, long seed) {
        return trials(trials, seed).npv();
    }

    /**
     * Every trial with every uncertain input's draw (PRODUCT.md §9.2). A trial draws success, then the lines it
     * uses from the seeded stream, in the order of earlier versions, so its NPV is the same bit for bit; the inputs
     * a failed trial does not use are drawn from a second stream, so that every trial has a value of every input.
     * The arrays are allocated once per run; a trial allocates nothing.
     */
    Trials trials(int trials, long seed) {
        var random = new SplittableRandom(seed);
        var unused = new SplittableRandom(seed ^ UNUSED_STREAM_SALT);
        int n = low.length;
        double[] npvs = new double[trials];
        boolean[] works = new boolean[trials];
        float[][] draws = new float[n][trials];
        double[] drawn = new double[n];
        int maxInputs = 0;
        for (double[] likely : derivedLikely) {
            maxInputs = Math.max(maxInputs, likely.length);
        }
        double[] values = new double[maxInputs];
        for (int trial = 0; trial < trials; trial++) {
            boolean success = random.nextDouble() < probabilityOfSuccess;
            // on success every slot is used: the plain lines, then the derived lines' inputs in slot order
            int used = success ? n : buildLines;
            for (int i = 0; i < n; i++) {
                double u = unitDraw(i < used ? random : unused, i);
                draws[i][trial] = (float) u;
                drawn[i] = low[i] + range[i] * u;
            }
            double npv = success ? successConstant : failureConstant;
            int linear = success ? plainLines : buildLines;
            for (int i = 0; i < linear; i++) {
                npv += coefficient[i] * drawn[i];
            }
            if (success) {
                for (int d = 0; d < derivedModels.length; d++) {
                    int[] slots = derivedSlot[d];
                    for (int j = 0; j < slots.length; j++) {
                        int slot = slots[j];
                        values[j] = slot < 0 ? derivedLikely[d][j] : drawn[slot];
                    }
                    npv += benefitFactor * derivedModels[d].benefit(values);
                }
            }
            npvs[trial] = npv;
            works[trial] = success;
        }
        return new Trials(npvs, works, names, draws);
    }

    /** E[NPV] in closed form, the value the simulated mean converges to. */
    public double expectedNpv() {
        double p = probabilityOfSuccess;
        double onSuccess = successConstant;
        double onFailure = failureConstant;
        for (int i = 0; i < plainLines; i++) {
            double mean = low[i] + range[i] * unitMean(i);
            onSuccess += coefficient[i] * mean;
            if (i < buildLines) {
                onFailure += coefficient[i] * mean;
            }
        }
        onSuccess += benefitFactor * expectedDerivedBenefit();
        return p * onSuccess + (1 - p) * onFailure;
    }

    /**
     * E[B] summed over the derived lines. Both models are multilinear in independently drawn inputs, except that
     * precision enters only as 1/P₁, so E[B] is B at the inputs' means with precision at its harmonic mean
     * 1/E[1/P₁] (integrated numerically).
     */
    private double expectedDerivedBenefit() {
        double sum = 0;
        for (int d = 0; d < derivedModels.length; d++) {
            int[] slots = derivedSlot[d];
            double[] means = derivedLikely[d].clone();
            for (int j = 0; j < slots.length; j++) {
                int slot = slots[j];
                if (slot < 0) {
                    continue;
                }
                means[j] = derivedModels[d].inputs().get(j) == ModelInput.PRECISION
                        ? 1 / expectedReciprocal(slot) : low[slot] + range[slot] * unitMean(slot);
            }
            sum += derivedModels[d].benefit(means);
        }
        return sum;
    }

    /** E[1/X] for the slot's distribution, by the midpoint rule on its density over [0, 1]. */
    private double expectedReciprocal(int slot) {
        int steps = 200_000;
        double weighted = 0;
        double mass = 0;
        double c = modeShare[slot];
        for (int s = 0; s < steps; s++) {
            double u = (s + 0.5) / steps;
            double density = distribution == Distribution.TRIANGULAR
                    ? (u < c ? u / c : (1 - u) / (1 - c))
                    : Math.pow(u, 4 * c) * Math.pow(1 - u, 4 * (1 - c));
            mass += density;
            weighted += density / (low[slot] + range[slot] * u);
        }
        return weighted / mass;
    }

    /** Standard deviation of one trial's NPV in closed form (law of total variance over success and failure). */
    public double npvStandardDeviation() {
        if (low.length > plainLines) {
            throw new IllegalStateException("no closed form with uncertain derived benefit lines");
        }
        double p = probabilityOfSuccess;
        double meanSuccess = successConstant;
        double meanFailure = failureConstant;
        double varianceSuccess = 0;
        double varianceFailure = 0;
        for (int i = 0; i < low.length; i++) {
            double mean = low[i] + range[i] * unitMean(i);
            double variance = coefficient[i] * coefficient[i] * range[i] * range[i] * unitVariance(i);
            meanSuccess += coefficient[i] * mean;
            varianceSuccess += variance;
            if (i < buildLines) {
                meanFailure += coefficient[i] * mean;
                varianceFailure += variance;
            }
        }
        double mean = p * meanSuccess + (1 - p) * meanFailure;
        double secondMoment = p * (varianceSuccess + meanSuccess * meanSuccess)
                + (1 - p) * (varianceFailure + meanFailure * meanFailure);
        return Math.sqrt(Math.max(0, secondMoment - mean * mean));
    }

    /** A draw on [0, 1] with the line's shape; the caller scales it to [low, high]. */
    private double unitDraw(SplittableRandom random, int line) {
        if (distribution == Distribution.TRIANGULAR) {
            double u = random.nextDouble();
            double c = modeShare[line];
            return u < c ? Math.sqrt(u * c) : 1 - Math.sqrt((1 - u) * (1 - c));
        }
        double x = gamma(random, alphaD[line], alphaC[line]);
        double y = gamma(random, betaD[line], betaC[line]);
        return x / (x + y);
    }

    private double unitMean(int line) {
        double c = modeShare[line];
        return distribution == Distribution.TRIANGULAR ? (1 + c) / 3 : (1 + 4 * c) / 6;
    }

    private double unitVariance(int line) {
        double c = modeShare[line];
        if (distribution == Distribution.TRIANGULAR) {
            return (1 + c * c - c) / 18;
        }
        double alpha = 1 + 4 * c;
        double beta = 1 + 4 * (1 - c);
        return alpha * beta / (36 * 7);
    }

    /**
     * Gamma(shape, 1) by Marsaglia and Tsang (2000), given d = shape − 1/3 and c = 1/√(9d). PERT shapes are
     * always between 1 and 5, so the shape &lt; 1 boost is never needed.
     */
    private static double gamma(SplittableRandom random, double d, double c) {
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static List<MoneyLine> orEmpty(List<MoneyLine> lines) {
        return lines == null ? List.of() : lines;
    }
}
