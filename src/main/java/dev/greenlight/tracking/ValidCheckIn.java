package dev.greenlight.tracking;

import java.time.YearMonth;
import java.util.List;

/** A check-in that passed {@link CheckInValidator}: the month parsed, the observations flattened, the note stripped (null when empty). */
record ValidCheckIn(YearMonth month, Double buildSpend, Double runCost, Double realisedBenefit, Double kpiValue,
                    Double modelMetricValue, List<Observation> observed, String note) {
}
