package dev.greenlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants checked on hundreds of seeded random inputs. Trial counts are kept modest (the machine has two
 * cores); the invariants do not depend on them.
 */
class ScoringPropertiesTest {

    private static final GreenlightScorer SCORER = new GreenlightScorer(ScoringModel.V1.withTrials(500), EuAiActRulesFile.bundled());

    static Stream<RandomInputs> inputs() {
        return RandomInputs.stream(20_261_128L, 300);
    }

    static Stream<RandomInputs> fewerInputs() {
        return RandomInputs.stream(424_242L, 200);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void the_score_is_always_a_number_between_0_and_100(RandomInputs random) {
        var result = SCORER.score(random.scoringInput(null));

        assertThat(result.score()).isBetween(0.0, 100.0);
        Subscores s = result.subscores();
        for (double subscore : new double[]{s.value(), s.confidence(), s.readiness(), s.ethics()}) {
            assertThat(subscore).isBetween(0.0, 100.0);
        }
        assertThat(result.financials().npv()).isFinite();
        assertThat(result.financials().monteCarlo().mean()).isFinite();
        assertThat(result.recommendation()).isNotNull();
        assertThat(result.businessCase()).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("null");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void the_business_case_leads_with_the_value_after_the_risk_of_failure(RandomInputs random) {
        var input = random.scoringInput(null);
        var result = SCORER.score(input);
        var spoken = new Spoken(result.financials().currency(), input.locale() == null ? Locale.US : input.locale());
        double riskAdjusted = result.financials().riskAdjustedNpv();
        String headline = result.businessCase().substring(0, result.businessCase().indexOf(". ") + 1);

        String expected = spoken.money(riskAdjusted).equals(spoken.money(0)) ? "is expected to roughly break even"
                : (riskAdjusted > 0 ? "is expected to return " : "is expected to lose ")
                  + spoken.aboutMoney(Math.abs(riskAdjusted)) + " in today's money";
        assertThat(headline).contains(expected);
        assertThat(headline.contains("chance that the model does not work"))
                .isEqualTo(input.financials().probabilityOfSuccess() < 1);
    }

    @ParameterizedTest
    @MethodSource("fewerInputs")
    void more_benefit_never_lowers_npv_or_the_score(RandomInputs random) {
        // One evidence class for every line: otherwise a bigger unevidenced benefit rightly lowers readiness.
        var input = random.scoringInput(random.random().nextBoolean() ? Evidence.DATA : Evidence.EXPERT_GUESS);
        var f = input.financials();
        int index = random.random().nextInt(f.annualBenefits().size());
        long extra = random.random().nextLong(1_000, 1_000_000);
        var more = withFinancials(input, new FinancialInput(f.currency(), f.horizonYears(), f.discountRate(),
                f.probabilityOfSuccess(), f.buildCosts(), f.annualRunCosts(), shifted(f.annualBenefits(), index, extra),
                f.adoptionByYear()));

        ScoreResult before = SCORER.score(input);
        ScoreResult after = SCORER.score(more);

        assertThat(after.financials().npv()).isGreaterThanOrEqualTo(before.financials().npv());
        assertThat(after.financials().riskAdjustedNpv()).isGreaterThanOrEqualTo(before.financials().riskAdjustedNpv());
        assertThat(after.financials().monteCarlo().probabilityNpvPositive())
                .isGreaterThanOrEqualTo(before.financials().monteCarlo().probabilityNpvPositive());
        assertThat(after.subscores().value()).isGreaterThanOrEqualTo(before.subscores().value());
        assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
    }

    @ParameterizedTest
    @MethodSource("fewerInputs")
    void more_cost_never_raises_npv_or_the_score(RandomInputs random) {
        var input = random.scoringInput(random.random().nextBoolean() ? Evidence.BENCHMARK : Evidence.EXPERT_GUESS);
        var f = input.financials();
        long extra = random.random().nextLong(1_000, 1_000_000);
        boolean build = f.annualRunCosts().isEmpty() || random.random().nextBoolean();
        var build2 = build ? shifted(f.buildCosts(), random.random().nextInt(f.buildCosts().size()), extra)
                : f.buildCosts();
        var run2 = build ? f.annualRunCosts()
                : shifted(f.annualRunCosts(), random.random().nextInt(f.annualRunCosts().size()), extra);
        var more = withFinancials(input, new FinancialInput(f.currency(), f.horizonYears(), f.discountRate(),
                f.probabilityOfSuccess(), build2, run2, f.annualBenefits(), f.adoptionByYear()));

        ScoreResult before = SCORER.score(input);
        ScoreResult after = SCORER.score(more);

        assertThat(after.financials().npv()).isLessThanOrEqualTo(before.financials().npv());
        assertThat(after.financials().riskAdjustedNpv()).isLessThanOrEqualTo(before.financials().riskAdjustedNpv());
        assertThat(after.financials().monteCarlo().probabilityNpvPositive())
                .isLessThanOrEqualTo(before.financials().monteCarlo().probabilityNpvPositive());
        assertThat(after.subscores().value()).isLessThanOrEqualTo(before.subscores().value());
        assertThat(after.score()).isLessThanOrEqualTo(before.score());
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void more_risk_never_lowers_the_level(RandomInputs random) {
        var assessor = new EthicsAssessor(EuAiActRulesFile.bundled());
        EthicsInput ethics = random.ethics();
        RiskQuestion question = RiskQuestion.values()[random.random().nextInt(RiskQuestion.values().length)];
        String current = ethics.answers().get(question);
        int currentPoints = current == null ? question.maxPoints() : question.pointsFor(current);
        var riskier = new ArrayList<String>();
        question.options().forEach((code, points) -> {
            if (points >= currentPoints) {
                riskier.add(code);
            }
        });
        var answers = new java.util.EnumMap<>(ethics.answers());
        if (random.random().nextInt(5) == 0) {
            answers.remove(question);
        } else {
            answers.put(question, riskier.get(random.random().nextInt(riskier.size())));
        }
        var worse = new EthicsInput(answers, ethics.euAiAct(), ethics.mitigations());

        EthicsResult before = assessor.assess(ethics);
        EthicsResult after = assessor.assess(worse);

        assertThat(after.rawRisk()).isGreaterThanOrEqualTo(before.rawRisk());
        assertThat(after.level()).isGreaterThanOrEqualTo(before.level());
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void more_mitigation_never_raises_the_level(RandomInputs random) {
        var assessor = new EthicsAssessor(EuAiActRulesFile.bundled());
        EthicsInput ethics = random.ethics();
        var missing = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(
                ethics.mitigations().isEmpty() ? EnumSet.noneOf(Mitigation.class) : ethics.mitigations())));
        if (missing.isEmpty()) {
            return;
        }
        var more = EnumSet.noneOf(Mitigation.class);
        more.addAll(ethics.mitigations());
        more.add(missing.get(random.random().nextInt(missing.size())));
        var safer = new EthicsInput(ethics.answers(), ethics.euAiAct(), more);

        EthicsResult before = assessor.assess(ethics);
        EthicsResult after = assessor.assess(safer);

        assertThat(after.residualRisk()).isLessThanOrEqualTo(before.residualRisk());
        assertThat(after.level()).isLessThanOrEqualTo(before.level());
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void percentiles_are_ordered_and_the_histogram_counts_every_trial(RandomInputs random) {
        var mc = SCORER.score(random.scoringInput(null)).financials().monteCarlo();

        assertThat(mc.p10()).isLessThanOrEqualTo(mc.p50());
        assertThat(mc.p50()).isLessThanOrEqualTo(mc.p90());
        assertThat(mc.histogram().get(0).from()).isLessThanOrEqualTo(mc.p10());
        assertThat(mc.histogram().get(mc.histogram().size() - 1).to()).isGreaterThanOrEqualTo(mc.p90());
        assertThat(mc.histogram().stream().mapToInt(HistogramBin::count).sum()).isEqualTo(mc.trials());
        assertThat(mc.probabilityNpvPositive()).isBetween(0.0, 1.0);
    }

    /**
     * The analytic expectation is computed here from the input alone: p × NPV with every line at its PERT mean
     * (low + 4 likely + high) / 6, plus (1 − p) × −E[build]. By the central limit theorem the mean of n trials
     * lies within 5 standard errors (5 s / √n, s the sample standard deviation of the trials) of it except with
     * probability 6e-7; over 200 inputs a false alarm has odds below 1 in 8,000, and being seeded, a pass stays a
     * pass. A tiny relative slack absorbs rounding when every line is constant (s = 0).
     */
    @ParameterizedTest
    @MethodSource("fewerInputs")
    void the_simulated_mean_converges_to_the_analytic_expectation(RandomInputs random) {
        FinancialInput f = random.financials(null);
        double compliance = random.random().nextInt(4) * 10_000;
        int trials = 4_000;
        var monteCarlo = new MonteCarlo(new FinancialModel(f, compliance), Distribution.PERT);
        double[] npvs = monteCarlo.trialNpvs(trials, random.random().nextLong());

        var atMeans = new FinancialInput(f.currency(), f.horizonYears(), f.discountRate(), f.probabilityOfSuccess(),
                atPertMeans(f.buildCosts()), atPertMeans(f.annualRunCosts()), atPertMeans(f.annualBenefits()),
                f.adoptionByYear());
        double expectedBuild = atPertMeans(f.buildCosts()).stream().mapToDouble(MoneyLine::likely).sum();
        double p = f.probabilityOfSuccess();
        double expected = p * new FinancialModel(atMeans, compliance).npv() + (1 - p) * -expectedBuild;

        double mean = Arrays.stream(npvs).sum() / trials;
        double variance = Arrays.stream(npvs).map(x -> (x - mean) * (x - mean)).sum() / (trials - 1);
        double tolerance = 5 * Math.sqrt(variance / trials) + 1e-9 * (1 + Math.abs(expected));

        assertThat(mean).isCloseTo(expected, within(tolerance));
        assertThat(monteCarlo.expectedNpv()).isCloseTo(expected, within(1e-6 * (1 + Math.abs(expected))));
        if (variance > 0) {
            assertThat(monteCarlo.npvStandardDeviation() / Math.sqrt(variance)).isCloseTo(1.0, within(0.15));
        }
    }

    @ParameterizedTest
    @MethodSource("fewerInputs")
    void the_same_input_and_seed_give_the_same_result_bit_for_bit(RandomInputs random) {
        var input = random.scoringInput(null);
        long seed = random.random().nextLong();
        var model = ScoringModel.V1.withTrials(300).withSeed(seed);

        ScoreResult first = new GreenlightScorer(model, EuAiActRulesFile.bundled()).score(input);
        ScoreResult second = new GreenlightScorer(model, EuAiActRulesFile.bundled()).score(input);

        assertThat(second).isEqualTo(first);
        assertThat(Double.doubleToRawLongBits(second.score())).isEqualTo(Double.doubleToRawLongBits(first.score()));
        assertThat(Double.doubleToRawLongBits(second.financials().monteCarlo().mean()))
                .isEqualTo(Double.doubleToRawLongBits(first.financials().monteCarlo().mean()));
    }

    private static List<MoneyLine> atPertMeans(List<MoneyLine> lines) {
        return lines.stream().map(l -> MoneyLine.fixed(l.name(), (l.low() + 4 * l.likely() + l.high()) / 6,
                l.evidence())).toList();
    }

    private static List<MoneyLine> shifted(List<MoneyLine> lines, int index, long extra) {
        var copy = new ArrayList<>(lines);
        MoneyLine l = copy.get(index);
        copy.set(index, new MoneyLine(l.name(), l.low() + extra, l.likely() + extra, l.high() + extra, l.evidence()));
        return copy;
    }

    private static ScoringInput withFinancials(ScoringInput input, FinancialInput financials) {
        return new ScoringInput(input.narrative(), financials, input.ethics(), input.readiness(), input.locale());
    }
}
