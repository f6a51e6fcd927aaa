package dev.greenlight.tracking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

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

    /** One query for the observations of every check-in a report reads, not one per month. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "tracking_observed", joinColumns = @JoinColumn(name = "check_in_id"))
    private List<Observation> observed = new ArrayList<>();

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
        // a person's post replaces what people gave; what monitoring fed and the post does not mention stays
        observed.removeIf(o -> !o.fed() || figures.observed().stream().anyMatch(p -> p.line() == o.line() && p.input().equals(o.input())));
        observed.addAll(figures.observed());
        this.postedBy = by;
        this.postedAt = at;
    }

    /**
     * Monitoring's value for one input, unless a person gave that input this month: then it is left alone and this
     * answers false. A check-in the feed creates is posted by {@code by}.
     */
    boolean feed(int line, String input, double value, String by, Instant at) {
        if (observed.stream().anyMatch(o -> !o.fed() && o.line() == line && o.input().equals(input))) {
            return false;
        }
        observed.removeIf(o -> o.line() == line && o.input().equals(input));
        observed.add(new Observation(line, input, value, true));
        if (postedBy == null) {
            postedBy = by;
            postedAt = at;
        }
        return true;
    }

    YearMonth month() {
        return YearMonth.from(monthStart);
    }

    CheckInRecord toRecord(YearMonth approvalMonth) {
        var month = month();
        return new CheckInRecord(month.toString(), TrackingCalculator.monthNumber(approvalMonth, month), buildSpend, runCost,
                realisedBenefit, kpiValue, modelMetricValue, ObservedValues.group(observed), note, postedBy, postedAt);
    }
}
