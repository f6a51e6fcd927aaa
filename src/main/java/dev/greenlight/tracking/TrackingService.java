package dev.greenlight.tracking;

import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.ScoringInputs;
import dev.greenlight.review.DecisionRecord;
import dev.greenlight.review.DecisionType;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import dev.greenlight.tracking.TrackingEvents.CheckInPosted;
import dev.greenlight.tracking.TrackingEvents.KillRuleMet;
import dev.greenlight.tracking.TrackingEvents.ReReviewContinued;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security boundary for tracking after approval (PRODUCT.md §7). An assessment is tracked once an approval counts
 * (approved, with conditions, signed off where needed) against the version that was approved; month 1 is the month
 * of that approval (UTC). Reading follows the assessment's rule; the author and admins post check-ins while it is
 * approved; product managers other than the author decide a re-review. Posts and decisions are announced as
 * {@link TrackingEvents} inside the transaction, so the audit trail commits with them.
 */
@Service
public class TrackingService {

    private static final Set<AssessmentStatus> TRACKED = EnumSet.of(AssessmentStatus.APPROVED,
            AssessmentStatus.APPROVED_WITH_CONDITIONS, AssessmentStatus.STOPPED, AssessmentStatus.ARCHIVED);
    private static final Set<AssessmentStatus> OPEN_FOR_CHECK_INS = EnumSet.of(AssessmentStatus.APPROVED,
            AssessmentStatus.APPROVED_WITH_CONDITIONS);
    private static final Set<DecisionType> APPROVALS = EnumSet.of(DecisionType.APPROVE, DecisionType.APPROVE_WITH_CONDITIONS,
            DecisionType.SIGN_OFF);

    private final AssessmentService assessments;
    private final ReviewService reviews;
    private final CheckInRepository checkIns;
    private final TrackingStateRepository states;
    private final TrackingDecisionRepository decisions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrackingService(AssessmentService assessments, ReviewService reviews, CheckInRepository checkIns, TrackingStateRepository states,
                    TrackingDecisionRepository decisions, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.checkIns = checkIns;
        this.states = states;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The tracking report, or empty when the assessment was never approved (same access rule as reading it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<TrackingReport> find(long id) {
        return plan(id).map(this::report);
    }

    /** The tracking report; an assessment that was never approved is refused with {@link NotTrackedException}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TrackingReport report(long id) {
        return report(requirePlan(id));
    }

    /** The check-ins, oldest month first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CheckInRecord> checkIns(long id) {
        var plan = requirePlan(id);
        return records(plan);
    }

    /**
     * Posts one month (the author or an admin, while the assessment is approved). A month posted again replaces the
     * earlier check-in, announced old → new. A kill rule that this makes met, and was not, opens a re-review.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CheckInRecord post(long id, CheckInRequest request) {
        var plan = requirePlan(id);
        var me = currentUser.require();
        if (!plan.owner().equals(me) && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only the author (" + plan.owner() + ") or an admin posts check-ins on assessment " + id);
        }
        if (!OPEN_FOR_CHECK_INS.contains(plan.assessmentStatus())) {
            throw new NotTrackedException("Assessment " + id + " is " + plan.assessmentStatus().label().toLowerCase(Locale.ROOT)
                    + ": check-ins are taken only while it is approved");
        }
        var valid = CheckInValidator.requireValid(request, plan.approvalMonth(), YearMonth.now(clock.withZone(ZoneOffset.UTC)),
                plan.approvedInput().annualBenefits());
        var now = Instant.now(clock);
        var existing = checkIns.findByAssessmentIdAndMonthStart(id, valid.month().atDay(1));
        var before = existing.map(c -> c.toRecord(plan.approvalMonth()).describe()).orElse(null);
        var checkIn = existing.orElseGet(() -> new CheckIn(id, valid.month()));
        checkIn.replace(valid, me, now);
        var saved = checkIns.save(checkIn).toRecord(plan.approvalMonth());
        events.publishEvent(new CheckInPosted(id, saved.month(), saved.monthNumber(), before, saved.describe()));
        judge(plan, now);
        return saved;
    }

    /**
     * Monitoring's values for this month's check-in (PRODUCT.md §10.1), from the Prometheus feed, which runs as the
     * system: each written unless a person gave that input this month, then the kill rules judged again as after a post.
     * Answers the inputs ("line/input") left alone because a person gave them.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public List<String> feed(long id, Map<String, Double> values) {
        var plan = requirePlan(id);
        if (!OPEN_FOR_CHECK_INS.contains(plan.assessmentStatus())) {
            throw new NotTrackedException("Assessment " + id + " is " + plan.assessmentStatus().label().toLowerCase(Locale.ROOT)
                    + ": monitoring feeds only an approved project");
        }
        var observable = TrackingCalculator.observables(plan);
        var errors = new ArrayList<FieldError>();
        values.forEach((key, value) -> {
            var known = observable.stream().filter(o -> key.equals(o.line() + "/" + o.input())).findFirst();
            if (known.isEmpty()) {
                errors.add(new FieldError(key, "is not an observable input of this project"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
        var month = thisMonth();
        var now = Instant.now(clock);
        var existing = checkIns.findByAssessmentIdAndMonthStart(id, month.atDay(1));
        var before = existing.map(c -> c.toRecord(plan.approvalMonth()).describe()).orElse(null);
        var checkIn = existing.orElseGet(() -> new CheckIn(id, month));
        var kept = new ArrayList<String>();
        values.forEach((key, value) -> {
            var parts = key.split("/", 2);
            if (!checkIn.feed(Integer.parseInt(parts[0]), parts[1], value, currentUser.require(), now)) {
                kept.add(key);
            }
        });
        if (kept.size() < values.size()) {
            var saved = checkIns.save(checkIn).toRecord(plan.approvalMonth());
            events.publishEvent(new CheckInPosted(id, saved.month(), saved.monthNumber(), before, saved.describe()));
            judge(plan, now);
        }
        return kept;
    }

    /** Judges the kill rules after a check-in changed: a rule that becomes met opens (or keeps open) a re-review. */
    private void judge(TrackingPlan plan, Instant now) {
        long id = plan.assessmentId();
        var state = states.findById(id).orElseGet(() -> new TrackingState(id, plan.owner()));
        var metBefore = state.rulesMet();
        var report = report(plan);
        state.update(report, now);
        var newlyMet = report.killRules().stream()
                .filter(r -> r.state() == TrackingReport.RuleOutcome.MET && !metBefore.contains(r.index())).toList();
        if (report.metReasons().isEmpty()) {
            state.closeReReview();
        } else if (!newlyMet.isEmpty() || state.reReviewOpen()) {
            state.openReReview(String.join("; ", report.metReasons()), now);
        }
        states.save(state);
        newlyMet.forEach(rule -> events.publishEvent(new KillRuleMet(id, rule.reason())));
    }

    /**
     * A product manager's word on an open re-review: {@code CONTINUE} (rationale required) lets the project go on;
     * {@code STOP} moves the assessment to {@code STOPPED}. Never on one's own assessment.
     */
    @RolesAllowed(Role.PRODUCT_MANAGER_NAME)
    @Transactional
    public TrackingReport decide(long id, ReReviewRequest request) {
        var plan = requirePlan(id);
        if (plan.owner().equals(currentUser.require())) {
            throw new AccessDeniedException("Separation of duties: you authored assessment " + id
                    + ", so another product manager must decide its re-review");
        }
        var errors = new ArrayList<FieldError>();
        if (request == null || request.decision() == null) {
            errors.add(new FieldError("decision", "is required: CONTINUE or STOP"));
        }
        var rationale = request == null || request.rationale() == null || request.rationale().isBlank() ? null : request.rationale().strip();
        if (request != null && request.decision() == ReReviewDecision.CONTINUE && rationale == null) {
            errors.add(new FieldError("rationale", "is required to continue: say why the project goes on despite the kill rule"));
        }
        if (rationale != null && rationale.length() > TrackingDecision.RATIONALE_MAX) {
            errors.add(new FieldError("rationale", "must be at most " + TrackingDecision.RATIONALE_MAX + " characters, was " + rationale.length()));
        } else if (rationale != null && AssessmentValidator.plainText("rationale", rationale) != null) {
            errors.add(AssessmentValidator.plainText("rationale", rationale));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
        var state = states.findById(id).filter(TrackingState::reReviewOpen).orElseThrow(() -> new NotTrackedException(
                "Assessment " + id + " has no open re-review: one opens when a check-in meets a kill rule"));
        var reason = state.reReview().reason();
        if (request.decision() == ReReviewDecision.STOP) {
            reviews.stop(id, reason, rationale);
        } else {
            events.publishEvent(new ReReviewContinued(id, reason, rationale));
        }
        decisions.save(new TrackingDecision(id, request.decision(), reason, rationale, currentUser.require(), Instant.now(clock)));
        state.closeReReview();
        states.save(state);
        return report(requirePlan(id));
    }

    /** Product managers: the re-reviews that wait, oldest first, never the caller's own assessments. */
    @RolesAllowed(Role.PRODUCT_MANAGER_NAME)
    @Transactional(readOnly = true)
    public Page<ReReviewItem> reReviewQueue(Pageable pageable) {
        return states.findByReReviewSinceIsNotNullAndOwnerNotOrderByReReviewSinceAscAssessmentIdAsc(currentUser.require(), pageable)
                .map(state -> {
                    var details = assessments.get(state.assessmentId());
                    var open = state.reReview();
                    return new ReReviewItem(details.id(), details.document().title(), details.owner(), open.reason(), open.since());
                });
    }

    /** How many re-reviews wait for the caller (0 for anyone but a product manager): the navigation badge. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long reReviewCount() {
        return currentUser.hasRole(Role.PRODUCT_MANAGER) ? states.countByReReviewSinceIsNotNullAndOwnerNot(currentUser.require()) : 0;
    }

    /** Whether the caller may post check-ins on this assessment now; {@link #post} checks again. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayPost(TrackingReport report) {
        return OPEN_FOR_CHECK_INS.contains(report.assessmentStatus())
                && (report.owner().equals(currentUser.require()) || currentUser.hasRole(Role.ADMIN));
    }

    /** Whether the caller may decide this report's open re-review; {@link #decide} checks again. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayDecide(TrackingReport report) {
        return report.reReview() != null && OPEN_FOR_CHECK_INS.contains(report.assessmentStatus())
                && currentUser.hasRole(Role.PRODUCT_MANAGER) && !report.owner().equals(currentUser.require());
    }

    /** This month in UTC by the application's clock: the latest month a check-in may report. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    private TrackingReport report(TrackingPlan plan) {
        var state = states.findById(plan.assessmentId());
        return TrackingCalculator.report(plan, records(plan), state.map(TrackingState::reReview).orElse(null),
                decisions.findByAssessmentIdOrderByDecidedAtAscIdAsc(plan.assessmentId()).stream().map(TrackingDecision::toRecord).toList());
    }

    private List<CheckInRecord> records(TrackingPlan plan) {
        return checkIns.findByAssessmentIdOrderByMonthStartAsc(plan.assessmentId()).stream()
                .map(c -> c.toRecord(plan.approvalMonth())).toList();
    }

    private TrackingPlan requirePlan(long id) {
        return plan(id).orElseThrow(() -> new NotTrackedException("Assessment " + id
                + " is not tracked: tracking starts when an approval counts (approved, signed off where needed) on a scored version"));
    }

    /** The approval that counts is the last decision of an approved (or since stopped or archived) assessment. */
    Optional<TrackingPlan> plan(long id) {
        AssessmentDetails details = assessments.get(id);
        if (!TRACKED.contains(details.status())) {
            return Optional.empty();
        }
        var history = reviews.history(id).decisions();
        if (history.isEmpty() || !APPROVALS.contains(history.getLast().decision())) {
            return Optional.empty();
        }
        DecisionRecord approval = history.getLast();
        var version = assessments.version(id, approval.version());
        if (version.scoreResult() == null) {
            return Optional.empty();
        }
        var financials = version.scoreResult().financials();
        return Optional.of(new TrackingPlan(id, details.document().title(), details.owner(), details.status(), approval.version(),
                YearMonth.from(approval.decidedAt().atZone(ZoneOffset.UTC)), financials.currency(), financials.buildCost(),
                financials.cashFlows(), version.document().successMetric(),
                ScoringInputs.of(version.document(), Locale.US).financials(), financials.complianceCost()));
    }
}
