package dev.greenlight.assessment;

import dev.greenlight.scoring.Evidence;
import dev.greenlight.scoring.HighRiskArea;
import dev.greenlight.scoring.KpiType;
import dev.greenlight.scoring.Mitigation;
import dev.greenlight.scoring.ProhibitedPractice;
import dev.greenlight.scoring.TransparencyObligation;
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

    public enum KillMeasure { KPI, MODEL_METRIC, CUMULATIVE_NET_CASH }

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
            List<Double> adoptionByYear) {
    }

    /** A money line: a three-point estimate with the evidence behind it. */
    public record Estimate(String name, Double low, Double likely, Double high, Evidence evidence) {
    }

    public record Ethics(
            Map<String, String> answers,
            List<ProhibitedPractice> prohibitedPractices,
            List<HighRiskArea> highRiskAreas,
            Boolean annexOneSafetyComponent,
            Boolean narrowProceduralTask,
            Boolean profilesPeople,
            List<TransparencyObligation> transparencyObligations,
            List<Mitigation> mitigations) {
    }
}
