package dev.greenlight.brief;

import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.review.DecisionRecord;
import dev.greenlight.review.ReviewHistory;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.UserDirectory;
import dev.greenlight.tracking.CalibrationService;
import dev.greenlight.tracking.CheckInRecord;
import dev.greenlight.tracking.TrackingReport;
import dev.greenlight.tracking.TrackingService;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Builds the Excel brief of an assessment for whoever may read it (the same rules as reading it). */
@Service
public class BriefService {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record BriefFile(String fileName, byte[] bytes) {
    }

    private final AssessmentService assessments;
    private final ReviewService reviews;
    private final ApplicationEventPublisher events;
    private final TrackingService tracking;
    private final CalibrationService calibration;
    private final UserDirectory names;

    BriefService(AssessmentService assessments, ReviewService reviews, ApplicationEventPublisher events, TrackingService tracking, CalibrationService calibration,
                 UserDirectory names) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.events = events;
        this.tracking = tracking;
        this.calibration = calibration;
        this.names = names;
    }

    /** The Excel brief (PRODUCT.md §4). */
    @PreAuthorize("isAuthenticated()")
    public BriefFile brief(long id) {
        var data = data(id);
        return exported(id, new BriefFile(fileName(data.title(), "xlsx"), new BriefWorkbook().write(data)));
    }

    /** The Word brief (PRODUCT.md §8): the same figures and words, for reviewers to annotate. */
    @PreAuthorize("isAuthenticated()")
    public BriefFile wordBrief(long id) {
        var data = data(id);
        return exported(id, new BriefFile(fileName(data.title(), "docx"), new BriefDocument().write(data)));
    }

    private BriefFile exported(long id, BriefFile file) {
        events.publishEvent(new BriefExported(id, file.fileName()));
        return file;
    }

    /**
     * What both briefs show, read under the same rules as reading the assessment. People are named as the page names
     * them, by display name; the sheets and the document only print what they are given.
     */
    private BriefData data(long id) {
        var details = assessments.get(id);
        var input = assessments.scoringInput(details.document());
        if (details.scoreResult() == null || input.isEmpty()) {
            throw new InvalidAssessmentException(details.missingForScore());
        }
        var doc = details.document();
        var metric = doc.successMetric();
        var ethics = doc.ethics();
        var answers = QuestionnaireAnswers.of(doc);
        var review = reviews.history(id);
        // the latest word, a sign-off or its refusal included; conditions only while the approval that set them stands
        var lastDecision = review.decisions().stream().reduce((a, b) -> b);
        var lastApproval = review.decisions().stream().filter(d -> !d.decision().isSignOff()).reduce((a, b) -> b);
        var approvalStands = details.status() == AssessmentStatus.APPROVED_WITH_CONDITIONS || details.awaitsSignOff();
        var status = details.status().label() + (details.awaitsSignOff() ? " (approved, awaiting leadership sign-off)" : "");
        var decision = lastDecision.map(d -> d.decision().label() + " on version " + d.version() + " by " + names.displayName(d.decidedBy())
                + (d.rationale() == null ? "" : ": " + d.rationale())).orElse(null);
        var conditions = approvalStands ? lastApproval.map(DecisionRecord::conditions).orElse(List.of()) : List.<String>of();
        var data = new BriefData(doc.title(), names.displayName(details.owner()), status, decision, conditions, details.scoreResult(),
                input.get().financials(), metric == null ? null : metric.kpiName(), metric == null ? null : metric.baseline(),
                metric == null ? null : metric.target(), metric == null ? null : metric.unit(), metric == null ? null : metric.killCriteria(),
                BriefData.riskRegister(ethics == null || ethics.answers() == null ? Map.of() : ethics.answers()),
                ethics == null || ethics.mitigations() == null ? List.of() : ethics.mitigations(), answers, history(details, review, names::displayName),
                tracking.find(id).map(BriefService::tracking).orElse(null),
                calibration.outsideView(id, doc, details.scoreResult()).sentence());
        return data;
    }

    /** The Tracking sheet's content from the app's report, so the sheet's formulas start from the figures the app judged. */
    static BriefData.Tracking tracking(TrackingReport report) {
        var reported = new java.util.HashMap<Integer, CheckInRecord>();
        report.checkIns().forEach(c -> reported.put(c.monthNumber(), c));
        var months = report.months().stream().map(m -> {
            var c = reported.get(m.number());
            return c == null ? new BriefData.TrackedMonth(m.number(), m.month(), false, null, null, null, null, null)
                    : new BriefData.TrackedMonth(m.number(), m.month(), true, c.buildSpend(), c.runCost(), c.realisedBenefit(),
                            c.kpiValue(), c.modelMetricValue());
        }).toList();
        var f = report.reforecast();
        var reforecast = f == null ? null : new BriefData.Reforecast(f.month(), f.monthNumber(), f.basis().stream()
                .map(b -> new BriefData.Observed(b.line(), b.input(), label(report, b), b.observed())).toList(), f.npv(), f.words());
        return new BriefData.Tracking(report.approvalMonth(), report.approvedVersion(), report.status().label(), months,
                report.lastMonthNumber() == null ? 0 : report.lastMonthNumber(),
                report.killRules().stream().map(TrackingReport.RuleState::verdict).toList(), reforecast);
    }

    private static String label(TrackingReport report, TrackingReport.Basis basis) {
        return report.observableInputs().stream().filter(o -> o.line() == basis.line() && o.input().equals(basis.input()))
                .map(TrackingReport.ObservableInput::label).findFirst().orElse(basis.input());
    }

    /** The History sheet: creation, every frozen version, decision (with conditions and rationale) and comment, oldest first. */
    static List<BriefData.HistoryEntry> history(AssessmentDetails details, ReviewHistory review, UnaryOperator<String> name) {
        var entries = new ArrayList<BriefData.HistoryEntry>();
        entries.add(new BriefData.HistoryEntry(details.createdAt(), name.apply(details.owner()), "Created"));
        for (var v : review.versions()) {
            entries.add(new BriefData.HistoryEntry(v.submittedAt(), name.apply(v.submittedBy()), "Submitted version " + v.number()
                    + (v.score() == null ? " (not scored)" : String.format(Locale.ROOT, " — score %.1f, %s, ethics level %s, EU AI Act: %s, model %s",
                    v.score(), v.recommendation() == null ? "no recommendation" : v.recommendation().label(), v.ethicsLevel(),
                    v.euAiActTier() == null ? "not screened" : v.euAiActTier().label(), v.modelVersion()))));
        }
        for (var d : review.decisions()) {
            var what = new StringBuilder("Decision: ").append(d.decision().label()).append(" (version ").append(d.version()).append(')');
            for (var c : d.conditions()) {
                what.append("\nCondition: ").append(c);
            }
            if (d.rationale() != null) {
                what.append("\nRationale: ").append(d.rationale());
            }
            entries.add(new BriefData.HistoryEntry(d.decidedAt(), name.apply(d.decidedBy()), what.toString()));
        }
        for (var c : review.comments()) {
            entries.add(new BriefData.HistoryEntry(c.createdAt(), name.apply(c.author()), "Comment"
                    + (c.version() == null ? "" : " on version " + c.version())
                    + (c.section() == null ? "" : " [" + c.section().label() + "]") + ": " + c.body()));
        }
        entries.sort(java.util.Comparator.comparing(BriefData.HistoryEntry::when));
        return entries;
    }

    /** A file name any system accepts: letters, digits, dashes; never a path. */
    static String fileName(String title, String extension) {
        var ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "assessment" : slug) + "-brief." + extension;
    }
}
