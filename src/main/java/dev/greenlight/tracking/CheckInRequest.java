package dev.greenlight.tracking;

/**
 * A check-in as posted (PRODUCT.md §7): {@code month} as {@code YYYY-MM}; money spent or earned in that month (≥ 0,
 * each optional: leave out what is not reported); the KPI and the production model metric (optional); a note.
 */
public record CheckInRequest(String month, Double buildSpend, Double runCost, Double realisedBenefit, Double kpiValue,
                             Double modelMetricValue, String note) {
}
