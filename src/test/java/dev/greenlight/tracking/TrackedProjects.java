package dev.greenlight.tracking;

import static dev.greenlight.RunAs.engineer;
import static dev.greenlight.RunAs.pm;

import dev.greenlight.SampleDocuments;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument.Estimate;
import dev.greenlight.document.AssessmentDocument.KillRule;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.scoring.Evidence;
import java.util.List;

/**
 * Approved projects for tracking tests, with money a person can follow: build 120,000; run 24,000 a year; benefits
 * 120,000 a year at adoption 50 %, 100 %, 100 % over three years; ethics level I, so no compliance cost. Cash flows
 * −120,000 | 36,000 | 96,000 | 96,000, so the forecast by month is −10,000 (months 1–12), 3,000 (13–24), 8,000 (25–48).
 */
public final class TrackedProjects {

    private TrackedProjects() {
    }

    public static AssessmentDocument threeYearCase(String title, List<KillRule> rules) {
        var sample = SampleDocuments.maintenance(title);
        var f = sample.financials();
        var m = sample.successMetric();
        var financials = new AssessmentDocument.Financials(f.currency(), 3, 0.10, 0.8,
                List.of(new Estimate("Team", 100_000.0, 120_000.0, 150_000.0, Evidence.BENCHMARK)),
                List.of(new Estimate("MLOps maintenance", 20_000.0, 24_000.0, 30_000.0, Evidence.EXPERT_GUESS)),
                List.of(new Estimate("Downtime avoided", 90_000.0, 120_000.0, 140_000.0, Evidence.DATA)),
                List.of(0.5, 1.0, 1.0));
        var metric = new AssessmentDocument.SuccessMetric(m.kpiType(), m.kpiName(), m.unit(), m.baseline(), m.target(),
                m.monthsToImpact(), "Recall", m.modelBaseline(), m.modelTarget(), m.measurementMethod(), m.guardrails(),
                m.killCriteria(), rules);
        return new AssessmentDocument(sample.schemaVersion(), title, sample.summary(), sample.team(), sample.problem(), metric,
                financials, sample.ethics());
    }

    /**
     * The three-year case with a derived detection line in place of the estimate (PRODUCT.md §6.1): 10,000 cases a year,
     * 10 % positive, 500 per catch, 20 per alert, recall 0.8 and precision 0.5 likely, nothing caught today, so B =
     * 500·1,000·0.8 − 20·1,000·0.8/0.5 = 368,000; plus a plain line "Fees" of 0. NPV = −120,000 + 160,000/1.1 +
     * 344,000/1.21 + 344,000/1.331 = 568,204.36; each point of B is worth 0.5/1.1 + 1/1.21 + 1/1.331 = 2.0323 of NPV.
     */
    public static AssessmentDocument detectionCase(String title, List<KillRule> rules) {
        var plain = threeYearCase(title, rules);
        var f = plain.financials();
        var line = Estimate.derived("Fraud losses avoided", AssessmentDocument.DerivedFrom.detection(AssessmentDocument.Range.of(10_000, 10_000, 10_000),
                AssessmentDocument.Range.of(0.1, 0.1, 0.1), AssessmentDocument.Range.of(500, 500, 500), AssessmentDocument.Range.of(20, 20, 20),
                AssessmentDocument.Range.of(0.7, 0.8, 0.9), AssessmentDocument.Range.of(0.4, 0.5, 0.6), 0.0, null), Evidence.DATA);
        var financials = new AssessmentDocument.Financials(f.currency(), f.horizonYears(), f.discountRate(), f.probabilityOfSuccess(),
                f.buildCosts(), f.annualRunCosts(), List.of(line, new Estimate("Fees", 0.0, 0.0, 0.0, Evidence.DATA)), f.adoptionByYear());
        return new AssessmentDocument(plain.schemaVersion(), title, plain.summary(), plain.team(), plain.problem(), plain.successMetric(),
                financials, plain.ethics());
    }

    /** Created and submitted by the engineer, approved by the product manager (at the clock's current time). */
    public static long approved(AssessmentService assessments, ReviewService reviews, AssessmentDocument document) {
        var submitted = engineer(() -> {
            var created = assessments.create(document);
            return reviews.submit(created.id(), created.version());
        });
        pm(() -> reviews.decide(submitted.id(), new DecisionRequest(DecisionType.APPROVE, 1, List.of(), "Evidence is solid and the cost is small")));
        return submitted.id();
    }

    public static CheckInRequest month(String month, double build, double run, double benefit, Double kpi, Double model) {
        return new CheckInRequest(month, build, run, benefit, kpi, model, null);
    }
}
