package dev.greenlight.api;

import dev.greenlight.document.AssessmentJson;
import dev.greenlight.tracking.CheckInRecord;
import dev.greenlight.tracking.CheckInRequest;
import dev.greenlight.tracking.ReReviewItem;
import dev.greenlight.tracking.ReReviewRequest;
import dev.greenlight.tracking.TrackingReport;
import dev.greenlight.tracking.TrackingService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tracking after approval (PRODUCT.md §7): monthly check-ins, the report against the forecast, re-review decisions.
 * Posting a check-in is the one thing an {@code actuals:write} token may do (SecurityConfig.ACTUALS_PATH).
 */
@RestController
@Tag(name = "Tracking", description = "Check-ins after approval, forecast vs actual, kill rules and re-review (PRODUCT.md §7)")
class TrackingController {

    private final TrackingService tracking;

    TrackingController(TrackingService tracking) {
        this.tracking = tracking;
    }

    @GetMapping(path = "/api/v1/assessments/{id}/actuals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The check-ins of an approved assessment, oldest month first")
    List<CheckInRecord> checkIns(@PathVariable long id) {
        return tracking.checkIns(id);
    }

    @PostMapping(path = "/api/v1/assessments/{id}/actuals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Post one month: {\"month\": \"2027-03\", \"buildSpend\": 0, \"runCost\": 12000, \"realisedBenefit\": 40000, "
            + "\"kpiValue\": 11900000, \"modelMetricValue\": 0.47, \"note\": \"...\"} (money ≥ 0, every figure optional). The author "
            + "or an admin, while approved; month 1 is the approval month, no month before it or in the future; posting a month "
            + "again replaces it. Tokens need the actuals:write scope (or write)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CheckInRequest.class))))
    CheckInRecord post(@PathVariable long id, @RequestBody String body) {
        return tracking.post(id, AssessmentJson.readValue(body, CheckInRequest.class));
    }

    @GetMapping(path = "/api/v1/assessments/{id}/tracking", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Forecast vs actual by month, cumulative actual and forecast net cash, variance, latest KPI and model "
            + "metric, each kill rule's state, the status (NO_DATA, ON_TRACK, BEHIND, KILL_CRITERION_MET) and any open re-review")
    TrackingReport report(@PathVariable long id) {
        return tracking.report(id);
    }

    @PostMapping(path = "/api/v1/assessments/{id}/tracking/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Product managers other than the author decide an open re-review: {\"decision\": \"CONTINUE\", "
            + "\"rationale\": \"...\"} (rationale required) or {\"decision\": \"STOP\"}, which moves the assessment to STOPPED",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ReReviewRequest.class))))
    TrackingReport decide(@PathVariable long id, @RequestBody String body) {
        return tracking.decide(id, AssessmentJson.readValue(body, ReReviewRequest.class));
    }

    @GetMapping(path = "/api/v1/re-review-queue", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Product managers: approved projects whose kill rule fired, waiting for a re-review, oldest first")
    PageResponse<ReReviewItem> queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(tracking.reReviewQueue(Paging.of(page, size, Sort.unsorted())));
    }
}
