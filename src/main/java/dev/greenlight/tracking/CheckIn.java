package dev.greenlight.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** One month's figures for one approved assessment (PRODUCT.md §7). Posting the month again replaces them in place. */
@Entity
@Table(name = "tracking_check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "month_start", nullable = false, updatable = false)
    private LocalDate monthStart;

    @Column(name = "build_spend")
    private Double buildSpend;
    @Column(name = "run_cost")
    private Double runCost;
    @Column(name = "realised_benefit")
    private Double realisedBenefit;
    @Column(name = "kpi_value")
    private Double kpiValue;
    @Column(name = "model_metric_value")
    private Double modelMetricValue;
    @Column(length = CheckInValidator.NOTE_MAX)
    private String note;

    @Column(name = "posted_by", nullable = false, length = 64)
    private String postedBy;
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected CheckIn() {
    }

    CheckIn(long assessmentId, YearMonth month) {
        this.assessmentId = assessmentId;
        this.monthStart = month.atDay(1);
    }

    void replace(ValidCheckIn figures, String by, Instant at) {
        this.buildSpend = figures.buildSpend();
        this.runCost = figures.runCost();
        this.realisedBenefit = figures.realisedBenefit();
        this.kpiValue = figures.kpiValue();
        this.modelMetricValue = figures.modelMetricValue();
        this.note = figures.note();
        this.postedBy = by;
        this.postedAt = at;
    }

    YearMonth month() {
        return YearMonth.from(monthStart);
    }

    CheckInRecord toRecord(YearMonth approvalMonth) {
        var month = month();
        return new CheckInRecord(month.toString(), TrackingCalculator.monthNumber(approvalMonth, month), buildSpend, runCost,
                realisedBenefit, kpiValue, modelMetricValue, note, postedBy, postedAt);
    }
}
