package dev.greenlight.tracking;

import java.time.YearMonth;

/** A check-in that passed {@link CheckInValidator}: the month parsed, the note stripped (null when empty). */
record ValidCheckIn(YearMonth month, Double buildSpend, Double runCost, Double realisedBenefit, Double kpiValue,
                    Double modelMetricValue, String note) {
}
