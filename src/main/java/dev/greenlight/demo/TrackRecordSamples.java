package dev.greenlight.demo;

import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.ScoringInputs;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.scoring.FinancialModel;
import dev.greenlight.scoring.Reforecast;
import dev.greenlight.security.Role;
import dev.greenlight.tracking.CheckInRequest;
import dev.greenlight.tracking.ObservedValues;
import dev.greenlight.tracking.TrackingService;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The organisation's track record on first start (PRODUCT.md §10.2): three earlier sister projects of the samples,
 * approved 17 to 22 months back, each reporting every month since — build spend through year 0, benefits from month 13
 * (year 1, at its adoption) — so that the reference class has three benefit realisations and three build overruns and
 * every assessment shows its outside view. Each project falls short or runs over in its own way; a fixed seed per
 * project keeps the figures the same on every start. The fraud sister also reports the recall monitoring observed, so
 * its Tracking section shows drift in money. Everything goes through the services, as the engineer and a product manager.
 */
final class TrackRecordSamples {

    /** title, sample it descends from, months back, build overrun, benefit realisation, seed. */
    record History(String title, String from, int monthsBack, double overrun, double realisation, long seed) {
    }

    static final List<History> HISTORY = List.of(
            new History("Predictive maintenance for packaging lines", "Predictive maintenance for conveyor motors", 22, 1.27, 0.71, 41),
            new History("Card fraud rules replacement (first wave)", "Card fraud early warning", 19, 1.15, 0.58, 42),
            new History("Expense receipt extraction", "Invoice data extraction", 17, 1.12, 0.93, 43));

    private final AssessmentService assessments;
    private final ReviewService reviews;
    private final TrackingService tracking;
    private final DemoClock clock;

    TrackRecordSamples(AssessmentService assessments, ReviewService reviews, TrackingService tracking, DemoClock clock) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Plays each history whose sample is among {@code samples}, by title; puts the clock back when done. */
    void play(Map<String, AssessmentDocument> samples) {
        try {
            for (var history : HISTORY) {
                var sample = samples.get(history.from());
                if (sample != null) {
                    play(history, retitled(sample, history.title()));
                }
            }
        } finally {
            clock.resume();
        }
    }

    private void play(History h, AssessmentDocument document) {
        var first = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(h.monthsBack());
        clock.setTo(first.atDay(2).atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC));
        var created = assessments.create(document);
        var submitted = reviews.submit(created.id(), created.version());
        TrackedSample.as(TrackedSample.PRODUCT_MANAGER, Role.PRODUCT_MANAGER, () -> reviews.decide(submitted.id(),
                new DecisionRequest(DecisionType.APPROVE, submitted.latestVersion(), List.of(),
                        "Approved on the pilot's results; tracked monthly against the forecast")));
        if (reviews.signOffRequired(created.id())) {
            TrackedSample.as("lead", Role.LEADERSHIP, () -> reviews.decide(submitted.id(), new DecisionRequest(DecisionType.SIGN_OFF,
                    submitted.latestVersion(), List.of(), "Signed off with the controls the score requires")));
        }
        var f = ScoringInputs.of(document, Locale.US).financials();
        var model = new FinancialModel(f, 0);
        double build = model.buildCost();
        double run = model.annualRunCost();
        double benefit = model.annualBenefit();
        boolean detection = f.annualBenefits().stream().anyMatch(l -> l.isDerived()
                && l.derivedFrom().inputs().stream().anyMatch(i -> i.key().equals("recall")));
        int derivedLine = f.annualBenefits().indexOf(f.annualBenefits().stream().filter(l -> l.isDerived()).findFirst().orElse(null));
        var random = new SplittableRandom(h.seed());
        for (int k = 1; k <= h.monthsBack(); k++) {
            var month = first.plusMonths(k - 1);
            clock.setTo(month.atEndOfMonth().atTime(LocalTime.of(17, 0)).toInstant(ZoneOffset.UTC));
            int year = (k - 1) / 12;
            double buildSpend = year == 0 ? round(build / 12 * h.overrun() * wobble(random, 0.18)) : 0;
            double runCost = round(run / 12 * (k < 4 ? 0.4 : 1) * wobble(random, 0.1));
            double forecastBenefit = year == 0 ? 0 : benefit * f.adoptionByYear().get(Math.min(year, f.adoptionByYear().size()) - 1) / 12;
            // a pilot earns a little in year 0, outside the forecast; from month 13 the realisation wobbles around its level
            double realised = year == 0 ? (k >= 9 ? round(benefit / 12 * 0.05 * k / 12) : 0)
                    : round(forecastBenefit * h.realisation() * wobble(random, 0.2));
            List<ObservedValues> observed = null;
            if (detection && derivedLine >= 0 && k >= 13) {
                // production recall starts a little above the approved value and drifts below it as fraudsters adapt
                double approved = Reforecast.observables(f, 0).stream().filter(o -> o.input().equals("recall")).findFirst()
                        .orElseThrow().approved();
                double recall = Math.round(approved * (1.02 - 0.025 * (k - 13) + (random.nextDouble() - 0.5) * 0.01) * 1000) / 1000.0;
                observed = List.of(new ObservedValues(derivedLine, recall, null, null, null, null));
            }
            tracking.post(created.id(), new CheckInRequest(month.toString(), buildSpend, runCost, realised, null, null, observed,
                    note(k)));
        }
    }

    private static String note(int k) {
        return switch (k) {
            case 1 -> "Team assembled, data access agreed";
            case 6 -> "Integration took longer than planned";
            case 12 -> "Live for the first sites";
            case 13 -> "First full month in production";
            case 18 -> "Adoption below plan at two sites";
            default -> null;
        };
    }

    /** A factor around 1 within ±{@code spread}. */
    private static double wobble(SplittableRandom random, double spread) {
        return 1 + (random.nextDouble() * 2 - 1) * spread;
    }

    private static double round(double amount) {
        return Math.max(0, Math.round(amount / 100.0) * 100.0);
    }

    private static AssessmentDocument retitled(AssessmentDocument d, String title) {
        return new AssessmentDocument(d.schemaVersion(), title, d.summary(), d.team(), d.problem(), d.successMetric(), d.financials(),
                d.ethics());
    }
}
