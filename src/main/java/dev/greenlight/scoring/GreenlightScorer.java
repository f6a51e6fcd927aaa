package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores one assessment with scoring model v1 of PRODUCT.md §3: the ethics level first (it sets the compliance
 * cost), then the financials and their simulation, then the four subscores, the recommendation with its caps,
 * the approval conditions, the explanation and the business case. Stateless and thread-safe.
 */
public final class GreenlightScorer {

    private final ScoringModel model;
    private final EthicsAssessor ethicsAssessor;

    /** Scores with the given EU AI Act rules (the file shipped with the build, or a newer one for a re-score). */
    public GreenlightScorer(ScoringModel model, EuAiActRules rules) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        this.model = model;
        this.ethicsAssessor = new EthicsAssessor(rules);
    }

    public ScoringModel model() {
        return model;
    }

    public ScoreResult score(ScoringInput input) {
        InputValidator.validate(input);
        EthicsInput ethicsInput = input.ethics() == null ? EthicsInput.empty() : input.ethics();
        EthicsResult ethics = ethicsAssessor.assess(ethicsInput);
        Simulated simulated = simulate(input.financials(), ethics.level());
        FinancialResult financials = simulated.financials();
        ValueOfInformation information = simulated.valueOfInformation();

        var subscores = new Subscores(
                valueScore(input.financials().probabilityOfSuccess(), financials.pvBenefits(), financials.pvCosts()),
                100 * financials.monteCarlo().probabilityNpvPositive(),
                readinessScore(input.readiness(), input.financials()),
                ethicsScore(ethics.residualRisk()));
        double score = weightedScore(subscores);
        Recommender.Decision decision = Recommender.capForAlternative(
                Recommender.decide(score, ethics, ethicsInput.mitigations(), model), financials.alternative(),
                new Spoken(financials.currency(), input.locale() == null ? Locale.US : input.locale()));
        List<String> conditions = conditions(ethicsInput, ethics);
        List<String> explanation = Explainer.explain(input, model, subscores, score, decision, financials, ethics,
                ethics.euAiAct(), information);
        String businessCase = BusinessCaseWriter.write(input, financials, ethics, decision.recommendation(), score,
                conditions, information);
        return new ScoreResult(model.version(), score, decision.recommendation(), subscores, conditions, explanation,
                businessCase, financials, ethics, ScoreResult.METHOD, information);
    }

    /** The financial half on its own, for callers that already know the ethics level (e.g. a live wizard). */
    public FinancialResult financials(FinancialInput input, EthicsLevel level) {
        return simulate(input, level).financials();
    }

    /** The financial half and what learning more is worth (PRODUCT.md §9.2), from the same trials. */
    private record Simulated(FinancialResult financials, ValueOfInformation valueOfInformation) {
    }

    private Simulated simulate(FinancialInput input, EthicsLevel level) {
        double compliance = model.complianceCost(level);
        var financialModel = new FinancialModel(input, compliance);
        Trials trials = new MonteCarlo(financialModel, model.distribution()).trials(model.trials(), model.seed());
        AlternativeResult alternative = null;
        Trials alternativeTrials = null;
        if (input.alternative() != null) {
            FinancialModel alternativeModel = Alternatives.model(financialModel);
            alternativeTrials = Alternatives.simulate(alternativeModel, model.trials(), model);
            alternative = Alternatives.price(financialModel, trials.npv(), alternativeModel, alternativeTrials.npv());
        }
        // before the summary, which sorts the AI option's trials and so unpairs them from the alternative's
        ValueOfInformation information = ValueOfInformation.of(trials, alternativeTrials);
        var financials = new FinancialResult(financialModel.cashFlowList(), financialModel.npv(),
                financialModel.riskAdjustedNpv(), financialModel.irr(), financialModel.roi(),
                financialModel.benefitCostRatio(), financialModel.paybackMonths(),
                MonteCarloResult.of(trials.npv(), model.seed(), model.histogramBins()),
                Sensitivity.tornado(input, compliance), financialModel.pvBenefits(), financialModel.pvCosts(),
                financialModel.buildCost(), financialModel.annualRunCost(), compliance,
                input.currency().strip().toUpperCase(Locale.ROOT), ValueModels.figures(financialModel), alternative);
        return new Simulated(financials, information);
    }

    /**
     * V = 100 × clamp(0.5 + log2(rBCR) / 2, 0, 1) with rBCR = p × PV(benefits) / PV(costs): a risked ratio of 1
     * scores 50 and 2 scores 100. Benefits for free score 100; no benefits (or no chance of success) score 0.
     */
    public static double valueScore(double probabilityOfSuccess, double pvBenefits, double pvCosts) {
        double expectedBenefits = probabilityOfSuccess * pvBenefits;
        if (expectedBenefits <= 0) {
            return 0;
        }
        if (pvCosts <= 0) {
            return 100;
        }
        double ratio = expectedBenefits / pvCosts;
        double log2 = Math.log(ratio) / Math.log(2);
        return 100 * Math.clamp(0.5 + log2 / 2, 0.0, 1.0);
    }

    /** D: the seven groundwork items and the evidence share, eight equal parts. */
    public static double readinessScore(ReadinessInput readiness, FinancialInput financials) {
        ReadinessInput r = readiness == null ? ReadinessInput.none() : readiness;
        return 100 * (r.itemsInPlace() + evidenceShare(financials)) / (ReadinessInput.ITEMS + 1);
    }

    /**
     * Share of the money (likely values of build, run and benefit lines) backed by DATA or BENCHMARK. Lines that
     * are all zero give no money to weigh, so each line then counts once.
     */
    public static double evidenceShare(FinancialInput financials) {
        double backed = 0;
        double total = 0;
        int backedLines = 0;
        int lines = 0;
        for (List<MoneyLine> group : List.of(orEmpty(financials.buildCosts()), orEmpty(financials.annualRunCosts()),
                orEmpty(financials.annualBenefits()))) {
            for (MoneyLine line : group) {
                boolean isBacked = Evidence.isBacked(line.evidence());
                double amount = Math.max(0, line.likely()); // a derived benefit may be negative: it weighs nothing
                total += amount;
                lines++;
                if (isBacked) {
                    backed += amount;
                    backedLines++;
                }
            }
        }
        if (total > 0) {
            return backed / total;
        }
        return lines == 0 ? 0 : (double) backedLines / lines;
    }

    public static double ethicsScore(double residualRisk) {
        return 100 * Math.clamp(1 - residualRisk / RiskQuestion.MAX_RAW_RISK, 0.0, 1.0);
    }

    /** Clamped because weights may sum to 1 only within 1e-9, which could otherwise show 100.0000001. */
    public double weightedScore(Subscores s) {
        double score = model.valueWeight() * s.value() + model.confidenceWeight() * s.confidence()
                + model.readinessWeight() * s.readiness() + model.ethicsWeight() * s.ethics();
        return Math.clamp(score, 0.0, 100.0);
    }

    /**
     * Approval conditions in plain English: missing required controls, leadership sign-off at level IV, then the
     * EU AI Act obligations for the role, grouped and dated (high-risk duties, Art. 6(4) and 49(2) for an exempted
     * system, general-purpose AI, Art. 50, Art. 4). A prohibited
     * practice gets none: no condition can make it approvable.
     */
    public static List<String> conditions(EthicsInput input, EthicsResult ethics) {
        var conditions = new ArrayList<String>();
        if (ethics.euAiActTier() == EuAiActTier.PROHIBITED) {
            return conditions;
        }
        EthicsAssessor.missingControls(ethics.level(), input.mitigations())
                .forEach(missing -> conditions.add(missing.condition()));
        if (ethics.level() == EthicsLevel.IV) {
            conditions.add("Obtain leadership sign-off before launch, as ethical risk level IV (very high) requires");
        }
        // the EU AI Act's duties, each group dated from the rules file (PRODUCT.md §6.3)
        conditions.addAll(ethics.euAiAct().conditions());
        return conditions;
    }

    private static List<MoneyLine> orEmpty(List<MoneyLine> lines) {
        return lines == null ? List.of() : lines;
    }
}
