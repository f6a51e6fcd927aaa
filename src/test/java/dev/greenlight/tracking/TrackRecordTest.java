package dev.greenlight.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PRODUCT.md §10.2's ratios of one tracked project, by hand and against a naive month-by-month reading. */
class TrackRecordTest {

    private static final List<Double> ADOPTION = List.of(0.5, 1.0, 1.0);

    private static CheckInRecord month(int number, Double build, Double benefit) {
        return new CheckInRecord("2027-01", number, build, null, benefit, null, null, null, "engineer", null);
    }

    /**
     * Build 120,000, so 10,000 a month forecast in months 1–12; benefits 120,000 a year at 50 % adoption in year 1, so
     * 5,000 a month forecast in months 13–24. Months 1–4 reported with 12,000, 9,000, 15,000 and nothing: r_c = 36,000 /
     * 40,000 = 0.9. Months 13, 14 and 16 realised 3,000, 4,000 and 5,000: r_b = 12,000 / 15,000 = 0.8.
     */
    @Test
    void build_overrun_and_benefit_realisation_as_worked_by_hand() {
        var r = TrackRecord.of(120_000, 120_000, ADOPTION, List.of(month(1, 12_000.0, null), month(2, 9_000.0, null),
                month(3, 15_000.0, null), month(4, null, null), month(13, null, 3_000.0), month(14, null, 4_000.0),
                month(16, 2_000.0, 5_000.0)));
        assertThat(r.monthsReported()).isEqualTo(7);
        assertThat(r.buildOverrun()).isCloseTo(0.9, within(1e-12));
        assertThat(r.benefitRealisation()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void a_ratio_needs_three_reported_months_of_its_phase_and_a_forecast_above_zero() {
        var early = TrackRecord.of(120_000, 120_000, ADOPTION, List.of(month(1, 1.0, null), month(2, 1.0, null), month(13, null, 1.0),
                month(14, null, 1.0)));
        assertThat(early.buildOverrun()).isNull();
        assertThat(early.benefitRealisation()).isNull();
        var nothingForecast = TrackRecord.of(0, 120_000, List.of(0.0, 1.0), List.of(month(1, 5.0, null), month(2, 5.0, null),
                month(3, 5.0, null), month(13, null, 9.0), month(14, null, 9.0), month(15, null, 9.0)));
        assertThat(nothingForecast.buildOverrun()).as("no build was forecast").isNull();
        assertThat(nothingForecast.benefitRealisation()).as("year 1 forecasts no adoption").isNull();
        var afterHorizon = TrackRecord.of(12_000, 12_000, List.of(1.0), List.of(month(13, null, 1_000.0), month(24, null, 1_000.0),
                month(25, null, 500.0), month(26, null, 500.0)));
        // months 25 and 26 are after the one-year horizon: nothing forecast, what they realised still counts
        assertThat(afterHorizon.benefitRealisation()).isCloseTo(3_000.0 / 2_000.0, within(1e-12));
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 100).mapToObj(i -> 0x7e_c0dL + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agrees_with_a_naive_reading_month_by_month(long seed) {
        var random = new SplittableRandom(seed);
        int horizon = 1 + random.nextInt(5);
        var adoption = new ArrayList<Double>();
        for (int t = 0; t < horizon; t++) {
            adoption.add(random.nextDouble(0, 1));
        }
        double build = random.nextDouble(1, 1e6);
        double benefit = random.nextDouble(1, 1e6);
        var checkIns = new ArrayList<CheckInRecord>();
        for (int k = 1; k <= 12 * (horizon + 2); k++) {
            if (random.nextInt(3) > 0) {
                checkIns.add(month(k, random.nextBoolean() ? random.nextDouble(0, 2e5) : null,
                        random.nextBoolean() ? random.nextDouble(0, 2e5) : null));
            }
        }
        var r = TrackRecord.of(build, benefit, adoption, checkIns);

        double spent = 0;
        double forecastBuild = 0;
        int buildMonths = 0;
        double realised = 0;
        double forecastBenefit = 0;
        int benefitMonths = 0;
        for (var c : checkIns) {
            int year = (c.monthNumber() - 1) / 12;
            if (year == 0) {
                buildMonths++;
                spent += c.buildSpend() == null ? 0 : c.buildSpend();
                forecastBuild += build / 12;
            } else {
                benefitMonths++;
                realised += c.realisedBenefit() == null ? 0 : c.realisedBenefit();
                forecastBenefit += year - 1 < adoption.size() ? benefit * adoption.get(year - 1) / 12 : 0;
            }
        }
        if (buildMonths >= 3) {
            assertThat(r.buildOverrun()).isCloseTo(spent / forecastBuild, within(1e-9));
        } else {
            assertThat(r.buildOverrun()).isNull();
        }
        if (benefitMonths >= 3 && forecastBenefit > 0) {
            assertThat(r.benefitRealisation()).isCloseTo(realised / forecastBenefit, within(1e-9));
        } else {
            assertThat(r.benefitRealisation()).isNull();
        }
    }
}
