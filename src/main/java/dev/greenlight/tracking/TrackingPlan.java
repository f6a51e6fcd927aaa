package dev.greenlight.tracking;

import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.AssessmentDocument.SuccessMetric;
import dev.greenlight.scoring.FinancialInput;
import java.time.YearMonth;
import java.util.List;

/**
 * What an approved assessment is tracked against: the approved version's likely cash flows (year 0 … H, as scored),
 * its build cost, its success metric and kill rules, and the approval month (month 1); the approved financial input and
 * its annual compliance cost, from which the re-forecast (PRODUCT.md §10.1) recomputes the NPV at observed inputs.
 */
record TrackingPlan(long assessmentId, String title, String owner, AssessmentStatus assessmentStatus, int approvedVersion,
                    YearMonth approvalMonth, String currency, double buildCost, List<Double> cashFlows, SuccessMetric metric,
                    FinancialInput approvedInput, double complianceCost) {

    TrackingPlan {
        cashFlows = List.copyOf(cashFlows);
    }

    List<KillRule> killRules() {
        return metric == null || metric.killRules() == null ? List.of() : metric.killRules();
    }
}
