package dev.greenlight.tracking;

import java.util.List;

/**
 * One tracked project's record against its forecast (PRODUCT.md §10.2), as arithmetic: the build overrun r_c = Σ build
 * spend / Σ forecast build over the reported months among 1–12 (forecast build = likely build / 12), defined from 3
 * such months on; the benefit realisation r_b = Σ realised benefit / Σ forecast benefit over the reported months from 13
 * on (month 12t+j forecasts likely annual benefits × adoption_t / 12, nothing after the horizon), defined from 3 such
 * months on and when that forecast is > 0. Money not reported in a reported month counts as 0.
 */
final class TrackRecord {

    static final int MIN_MONTHS = 3;

    private TrackRecord() {
    }

    record Ratios(int monthsReported, Double buildOverrun, Double benefitRealisation) {
    }

    static Ratios of(double buildCost, double annualBenefit, List<Double> adoption, List<CheckInRecord> checkIns) {
        int buildMonths = 0;
        double spent = 0;
        int benefitMonths = 0;
        double realised = 0;
        double forecast = 0;
        for (var c : checkIns) {
            int k = c.monthNumber();
            if (k >= 1 && k <= 12) {
                buildMonths++;
                spent += CheckInRecord.orZero(c.buildSpend());
            } else if (k > 12) {
                benefitMonths++;
                realised += CheckInRecord.orZero(c.realisedBenefit());
                int year = (k - 1) / 12;
                forecast += year <= adoption.size() ? annualBenefit * adoption.get(year - 1) / 12 : 0;
            }
        }
        double forecastBuild = buildMonths * buildCost / 12;
        Double overrun = buildMonths >= MIN_MONTHS && forecastBuild > 0 ? spent / forecastBuild : null;
        Double realisation = benefitMonths >= MIN_MONTHS && forecast > 0 ? realised / forecast : null;
        return new Ratios(checkIns.size(), overrun, realisation);
    }
}
