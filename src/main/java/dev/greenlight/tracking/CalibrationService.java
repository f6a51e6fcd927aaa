package dev.greenlight.tracking;

import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.ScoringInputs;
import dev.greenlight.scoring.FinancialModel;
import dev.greenlight.scoring.OutsideView;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's own track record (PRODUCT.md §10.2): benefit realisation and build overrun per tracked project,
 * their medians, and the outside view of any assessment — its forecast adjusted by how far the other tracked projects
 * fell from theirs. The reference class is read as the system, because a reader of one assessment may not read the
 * others; only medians and counts leave this service, except in {@link #calibration()}, which names the projects and
 * is for product managers, leadership and admins.
 */
@Service
public class CalibrationService {

    private final TrackingService tracking;
    private final TrackingStateRepository states;
    private final CheckInRepository checkIns;
    private final AssessmentService assessments;

    CalibrationService(TrackingService tracking, TrackingStateRepository states, CheckInRepository checkIns, AssessmentService assessments) {
        this.tracking = tracking;
        this.states = states;
        this.checkIns = checkIns;
        this.assessments = assessments;
    }

    /** Every tracked project that has reported a month, its ratios, and the medians over those that define them. */
    @RolesAllowed({Role.PRODUCT_MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public Calibration calibration() {
        return calibrate(null);
    }

    /** The outside view of an assessment, for anyone who may read it; its own record is left out of its reference class. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OutsideViewReport outsideView(long id) {
        var details = assessments.get(id);
        return outsideView(id, details.document(), details.scoreResult());
    }

    /**
     * The outside view of a document and its score (the guided form's live panel shows a draft's); {@code excluded} is the
     * assessment's own id, left out of its reference class, or null for one not yet stored.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OutsideViewReport outsideView(Long excluded, AssessmentDocument document, ScoreResult score) {
        var c = calibrate(excluded);
        var factors = new OutsideView.Factors(c.medianBenefitRealisation(), c.nBenefit(), c.medianBuildOverrun(), c.nBuild());
        Double riskAdjusted = score == null ? null : score.financials().riskAdjustedNpv();
        Double adjusted = null;
        String currency = score == null ? null : score.financials().currency();
        if (score != null && factors.applies()) {
            var input = ScoringInputs.of(document, Locale.US).financials();
            adjusted = OutsideView.adjustedRiskAdjustedNpv(input, score.financials().complianceCost(), factors);
        }
        return new OutsideViewReport(c.nBenefit(), c.nBuild(), c.medianBenefitRealisation(), c.medianBuildOverrun(), riskAdjusted,
                adjusted, factors.moreNeeded(), OutsideView.sentence(factors, riskAdjusted, adjusted, currency),
                factors.applies() ? OutsideView.condition(factors, adjusted, currency) : null);
    }

    private Calibration calibrate(Long excluded) {
        var ids = states.reportingAssessmentIds().stream().filter(id -> !Objects.equals(id, excluded)).toList();
        var projects = SystemCaller.call(() -> {
            var result = new ArrayList<Calibration.Project>();
            for (long id : ids) {
                tracking.plan(id).ifPresent(plan -> {
                    var records = checkIns.findByAssessmentIdOrderByMonthStartAsc(id).stream().map(c -> c.toRecord(plan.approvalMonth())).toList();
                    var input = plan.approvedInput();
                    double annualBenefit = new FinancialModel(input, plan.complianceCost()).annualBenefit();
                    var ratios = TrackRecord.of(plan.buildCost(), annualBenefit, input.adoptionByYear(), records);
                    result.add(new Calibration.Project(id, plan.title(), ratios.monthsReported(), ratios.benefitRealisation(),
                            ratios.buildOverrun()));
                });
            }
            return result;
        });
        projects.sort(Comparator.comparing(Calibration.Project::title, String.CASE_INSENSITIVE_ORDER));
        var benefit = projects.stream().map(Calibration.Project::benefitRealisation).filter(Objects::nonNull).toList();
        var build = projects.stream().map(Calibration.Project::buildOverrun).filter(Objects::nonNull).toList();
        return new Calibration(benefit.size(), build.size(), OutsideView.median(benefit), OutsideView.median(build), projects);
    }
}
