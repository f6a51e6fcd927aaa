package dev.greenlight.tracking;

import java.util.List;

/**
 * The organisation's track record over all tracked projects (PRODUCT.md §10.2, {@code GET /api/v1/calibration}): the
 * median benefit realisation and build overrun with the number of projects that define each, and every project's own
 * ratios (null where not yet defined).
 */
public record Calibration(int nBenefit, int nBuild, Double medianBenefitRealisation, Double medianBuildOverrun,
                          List<Project> projects) {

    public Calibration {
        projects = List.copyOf(projects);
    }

    /** One tracked project: months reported, r_b and r_c (null until defined). */
    public record Project(long id, String title, int monthsReported, Double benefitRealisation, Double buildOverrun) {
    }
}
