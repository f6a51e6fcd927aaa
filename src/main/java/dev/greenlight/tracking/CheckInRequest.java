package dev.greenlight.tracking;

import java.util.List;

/**
 * A check-in as posted (PRODUCT.md §7): {@code month} as {@code YYYY-MM}; money spent or earned in that month (≥ 0,
 * each optional: leave out what is not reported); the KPI and the production model metric (optional); what monitoring
 * observed of the derived lines' model inputs (§10.1, optional); a note.
 */
public record CheckInRequest(String month, Double buildSpend, Double runCost, Double realisedBenefit, Double kpiValue,
                             Double modelMetricValue, List<ObservedValues> observed, String note) {

    /** A check-in without observed model inputs. */
    public CheckInRequest(String month, Double buildSpend, Double runCost, Double realisedBenefit, Double kpiValue,
                          Double modelMetricValue, String note) {
        this(month, buildSpend, runCost, realisedBenefit, kpiValue, modelMetricValue, null, note);
    }
}
