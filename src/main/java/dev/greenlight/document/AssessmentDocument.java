package dev.greenlight.document;

import dev.greenlight.scoring.EuAiActRole;
import dev.greenlight.scoring.Evidence;
import dev.greenlight.scoring.KpiType;
import dev.greenlight.scoring.Mitigation;
import dev.greenlight.scoring.ModelInput;
import dev.greenlight.scoring.ValidationCurve;
import dev.greenlight.scoring.ValueModelKind;
import java.util.List;
import java.util.Map;

/**
 * One assessment in the interchange format of PRODUCT.md §2.2: the questionnaire's answers, nothing
 * about who owns it or where it is in review. A draft may leave almost everything out; whatever is
 * present is checked by {@link AssessmentValidator}.
 */
public record AssessmentDocument(
        Integer schemaVersion,
        String title,
        String summary,
        String team,
        Problem problem,
        SuccessMetric successMetric,
        Financials financials,
        Ethics ethics) {

    public static final int SCHEMA_VERSION = 2;

    public static AssessmentDocument draft(String title, String summary, String team, String statement) {
        return new AssessmentDocument(SCHEMA_VERSION, title, summary, team,
                new Problem(statement, null, null, null, null, null, null), null, null, null);
    }

    /** The same answers with benefit line {@code index} replaced (the caller checked that it exists). */
    public AssessmentDocument withBenefit(int index, Estimate benefit) {
        var benefits = new java.util.ArrayList<>(financials.annualBenefits());
        benefits.set(index, benefit);
        var f = financials;
        return new AssessmentDocument(schemaVersion, title, summary, team, problem, successMetric,
                new Financials(f.currency(), f.horizonYears(), f.discountRate(), f.probabilityOfSuccess(),
                        f.buildCosts(), f.annualRunCosts(), benefits, f.adoptionByYear(), f.alternative()), ethics);
    }

    public AssessmentDocument withTitle(String newTitle) {
        return new AssessmentDocument(schemaVersion, newTitle, summary, team, problem, successMetric, financials, ethics);
    }

    public enum StrategicFit { CORE, ADJACENT, EXPLORATORY }

    public enum MeasurementMethod { A_B_TEST, PILOT, BEFORE_AFTER, SHADOW_MODE }

    public record Problem(
            String statement,
            String affectedStakeholders,
            String currentProcess,
            String whyMachineLearning,
            String nonAiAlternative,
            StrategicFit strategicFit,
            String sponsor) {
    }

    public record SuccessMetric(
            KpiType kpiType,
            String kpiName,
            String unit,
            Double baseline,
            Double target,
            Integer monthsToImpact,
            String modelMetric,
            Double modelBaseline,
            Double modelTarget,
            MeasurementMethod measurementMethod,
            String guardrails,
            String killCriteria,
            List<KillRule> killRules) {

        public SuccessMetric(KpiType kpiType, String kpiName, String unit, Double baseline, Double target,
                Integer monthsToImpact, String modelMetric, Double modelBaseline, Double modelTarget,
                MeasurementMethod measurementMethod, String guardrails, String killCriteria) {
            this(kpiType, kpiName, unit, baseline, target, monthsToImpact, modelMetric, modelBaseline, modelTarget,
                    measurementMethod, guardrails, killCriteria, null);
        }
    }

    /** {@code REFORECAST_NPV}: the approved version's NPV at the model inputs monitoring observed (PRODUCT.md §10.1). */
    public enum KillMeasure { KPI, MODEL_METRIC, CUMULATIVE_NET_CASH, REFORECAST_NPV }

    public enum KillOperator { BELOW, ABOVE }

    /** A kill criterion a check-in can meet (PRODUCT.md §7): "stop if production recall is below 0.50 from month 6". */
    public record KillRule(KillMeasure measure, KillOperator operator, Double threshold, Integer fromMonth) {
    }

    public record Financials(
            String currency,
            Integer horizonYears,
            Double discountRate,
            Double probabilityOfSuccess,
            List<Estimate> buildCosts,
            List<Estimate> annualRunCosts,
            List<Estimate> annualBenefits,
            List<Double> adoptionByYear,
            Alternative alternative) {

        public Financials(String currency, Integer horizonYears, Double discountRate, Double probabilityOfSuccess,
                List<Estimate> buildCosts, List<Estimate> annualRunCosts, List<Estimate> annualBenefits,
                List<Double> adoptionByYear) {
            this(currency, horizonYears, discountRate, probabilityOfSuccess, buildCosts, annualRunCosts, annualBenefits,
                    adoptionByYear, null);
        }

        public Financials withAlternative(Alternative newAlternative) {
            return new Financials(currency, horizonYears, discountRate, probabilityOfSuccess, buildCosts, annualRunCosts,
                    annualBenefits, adoptionByYear, newAlternative);
        }
    }

    /**
     * A money line: a three-point estimate with the evidence behind it, or (benefit lines only, PRODUCT.md §6.1)
     * a line derived from model performance, which carries {@code derivedFrom} instead of low, likely and high.
     */
    public record Estimate(String name, Double low, Double likely, Double high, Evidence evidence,
            DerivedFrom derivedFrom) {

        public Estimate(String name, Double low, Double likely, Double high, Evidence evidence) {
            this(name, low, likely, high, evidence, null);
        }

        public static Estimate derived(String name, DerivedFrom derivedFrom, Evidence evidence) {
            return new Estimate(name, null, null, null, evidence, derivedFrom);
        }

        public Estimate withDerivedFrom(DerivedFrom newDerivedFrom) {
            return new Estimate(name, low, likely, high, evidence, newDerivedFrom);
        }
    }

    /** An uncertain input of a value model: low ≤ likely ≤ high, drawn PERT in the simulation. */
    public record Range(Double low, Double likely, Double high) {

        public static Range of(double low, double likely, double high) {
            return new Range(low, likely, high);
        }
    }

    /**
     * How a benefit line follows from model quality (PRODUCT.md §6.1). A DETECTION model fills the first eight
     * inputs, an AUTOMATION model the last six; the validator refuses the other kind's. Today's process
     * ({@code baselineRecall}, {@code baselinePrecision}) is plain numbers.
     */
    public record DerivedFrom(
            ValueModelKind kind,
            Range casesPerYear,
            Range prevalence,
            Range valuePerTruePositive,
            Range costPerAlert,
            Range recall,
            Range precision,
            Double baselineRecall,
            Double baselinePrecision,
            Range tasksPerYear,
            Range automationRate,
            Range minutesPerTask,
            Range costPerHour,
            Range errorRate,
            Range costPerError,
            Validation validation) {

        public static DerivedFrom detection(Range casesPerYear, Range prevalence, Range valuePerTruePositive,
                Range costPerAlert, Range recall, Range precision, Double baselineRecall, Double baselinePrecision) {
            return new DerivedFrom(ValueModelKind.DETECTION, casesPerYear, prevalence, valuePerTruePositive,
                    costPerAlert, recall, precision, baselineRecall, baselinePrecision, null, null, null, null, null, null,
                    null);
        }

        public static DerivedFrom automation(Range tasksPerYear, Range automationRate, Range minutesPerTask,
                Range costPerHour, Range errorRate, Range costPerError) {
            return new DerivedFrom(ValueModelKind.AUTOMATION, null, null, null, null, null, null, null, null,
                    tasksPerYear, automationRate, minutesPerTask, costPerHour, errorRate, costPerError, null);
        }

        /** The same model measured on validation data (PRODUCT.md §9.1), or stated again when null. */
        public DerivedFrom withValidation(Validation newValidation) {
            return new DerivedFrom(kind, casesPerYear, prevalence, valuePerTruePositive, costPerAlert, recall,
                    precision, baselineRecall, baselinePrecision, tasksPerYear, automationRate, minutesPerTask,
                    costPerHour, errorRate, costPerError, newValidation);
        }

        /** The range given for {@code input}, or null. */
        public Range range(ModelInput input) {
            return switch (input) {
                case CASES_PER_YEAR -> casesPerYear;
                case PREVALENCE -> prevalence;
                case VALUE_PER_TRUE_POSITIVE -> valuePerTruePositive;
                case COST_PER_ALERT -> costPerAlert;
                case RECALL -> recall;
                case PRECISION -> precision;
                case TASKS_PER_YEAR -> tasksPerYear;
                case AUTOMATION_RATE -> automationRate;
                case MINUTES_PER_TASK -> minutesPerTask;
                case COST_PER_HOUR -> costPerHour;
                case ERROR_RATE -> errorRate;
                case COST_PER_ERROR -> costPerError;
                case FALSE_POSITIVE_RATE -> null; // measured on validation data, never stated
            };
        }
    }

    /**
     * A DETECTION model's scores on labelled validation data, as Greenlight keeps them (PRODUCT.md §9.1): the class
     * totals and at most 1,000 thresholds with the weighted counts at or above each, never the rows. Greenlight
     * writes it from an uploaded CSV; {@code chosenThreshold} is the engineer's pick (null for the best).
     */
    public record Validation(
            String source,
            Long rows,
            Double positives,
            Double negatives,
            Double effectivePositives,
            Double effectiveNegatives,
            List<ValidationPoint> points,
            Double chosenThreshold) {

        public static Validation of(ValidationCurve curve) {
            return new Validation(curve.source(), curve.rows(), curve.positives(), curve.negatives(),
                    curve.effectivePositives(), curve.effectiveNegatives(), curve.points().stream()
                    .map(p -> new ValidationPoint(p.threshold(), p.tp(), p.fp())).toList(), curve.chosenThreshold());
        }

        /** The engine's curve; every number must be present (the validator checks that first). */
        public ValidationCurve curve() {
            return new ValidationCurve(source, rows, positives, negatives, effectivePositives, effectiveNegatives,
                    points.stream().map(p -> new ValidationCurve.Point(p.threshold(), p.tp(), p.fp())).toList(),
                    chosenThreshold);
        }

        public Validation withChosenThreshold(Double threshold) {
            return new Validation(source, rows, positives, negatives, effectivePositives, effectiveNegatives, points,
                    threshold);
        }
    }

    /** One kept threshold: the weighted counts of positive (tp) and negative (fp) rows scoring at or above it. */
    public record ValidationPoint(Double threshold, Double tp, Double fp) {
    }

    /**
     * The best non-AI way to the same goal, priced (PRODUCT.md §6.2): plain three-point lines in the assessment's
     * currency, over the same horizon and discount rate. A missing {@code adoptionByYear} shares the AI option's.
     */
    public record Alternative(
            String name,
            Double probabilityOfSuccess,
            List<Estimate> buildCosts,
            List<Estimate> annualRunCosts,
            List<Estimate> annualBenefits,
            List<Double> adoptionByYear) {
    }

    /** Schema 2: the risk answers, the mitigations and the EU AI Act screening answers (PRODUCT.md §6.3). */
    public record Ethics(
            Map<String, String> answers,
            List<Mitigation> mitigations,
            EuAiAct euAiAct) {
    }

    /**
     * The EU AI Act answers of PRODUCT.md §6.3. The codes are those of the rules file
     * ({@link dev.greenlight.scoring.EuAiActRules}), checked by {@link AssessmentValidator}; a missing role is
     * screened as provider and deployer and listed as unanswered.
     */
    public record EuAiAct(
            EuAiActRole role,
            Boolean becomesProvider,
            String scopeExclusion,
            List<String> prohibitedPractices,
            Boolean annexOneSafetyComponent,
            List<String> annexThreeUses,
            List<String> article6_3,
            Boolean profilesPeople,
            String generalPurposeAi,
            List<String> transparencyObligations) {
    }
}
