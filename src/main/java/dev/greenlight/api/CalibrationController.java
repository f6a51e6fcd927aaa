package dev.greenlight.api;

import dev.greenlight.tracking.Calibration;
import dev.greenlight.tracking.CalibrationService;
import dev.greenlight.tracking.OutsideViewReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's own track record (PRODUCT.md §10.2): the calibration over all tracked projects, and one assessment's outside view. */
@RestController
@Tag(name = "Track record", description = "Benefit realisation and build overrun of tracked projects; the outside view (PRODUCT.md §10.2)")
class CalibrationController {

    private final CalibrationService calibration;

    CalibrationController(CalibrationService calibration) {
        this.calibration = calibration;
    }

    @GetMapping(path = "/api/v1/calibration", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Product managers, leadership and admins: nBenefit, nBuild, the median benefit realisation and build overrun, "
            + "and every tracked project's monthsReported, benefitRealisation and buildOverrun (null until defined: 3 reported "
            + "months of build, months 1-12, or of benefits, from month 13)")
    Calibration calibration() {
        return calibration.calibration();
    }

    @GetMapping(path = "/api/v1/assessments/{id}/outside-view", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Anyone who may read the assessment: its reference class (every other tracked project) — nBenefit, nBuild, "
            + "the medians — its riskAdjustedNpv and adjustedRiskAdjustedNpv (benefits × the median realisation, build costs × "
            + "the median overrun, each only from 3 projects on), and moreNeeded before either factor applies")
    OutsideViewReport outsideView(@PathVariable long id) {
        return calibration.outsideView(id);
    }
}
