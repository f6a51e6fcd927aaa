package dev.greenlight.tracking;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the organisation's own history says about one assessment's forecast (PRODUCT.md §10.2,
 * {@code GET /api/v1/assessments/{id}/outside-view}): its reference class (every other tracked project, stopped ones
 * included) — the medians and how many projects define each — its risk-adjusted NPV as scored and adjusted by the
 * factors that apply (null when none does, or when it has no score), and how many more tracked projects with a defined
 * ratio are needed before either factor applies. {@code sentence} and {@code condition} say it for people.
 */
public record OutsideViewReport(int nBenefit, int nBuild, Double medianBenefitRealisation, Double medianBuildOverrun,
                                Double riskAdjustedNpv, Double adjustedRiskAdjustedNpv, int moreNeeded,
                                @JsonIgnore String sentence, @JsonIgnore String condition) {

    /** Whether a factor applies, so the page shows the adjusted figure and a product manager may set the condition. */
    @JsonIgnore
    public boolean applies() {
        return moreNeeded == 0;
    }
}
