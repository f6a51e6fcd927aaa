package dev.greenlight.api;

import dev.greenlight.document.AssessmentJson;
import dev.greenlight.tracking.MetricFeedService;
import dev.greenlight.tracking.MetricSourceRecord;
import dev.greenlight.tracking.MetricSourceRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The metric feed from Prometheus (PRODUCT.md §10.1): the PromQL queries of a tracked assessment and "Fetch now". */
@RestController
@Tag(name = "Tracking", description = "Check-ins after approval, forecast vs actual, kill rules and re-review (PRODUCT.md §7)")
class MetricSourcesController {

    private final MetricFeedService feed;

    MetricSourcesController(MetricFeedService feed) {
        this.feed = feed;
    }

    @GetMapping(path = "/api/v1/assessments/{id}/metric-sources", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The author or an admin: the PromQL query per observed model input and what its last run found "
            + "(lastValue and lastFetchedAt, or error and errorAt)")
    List<MetricSourceRecord> sources(@PathVariable long id) {
        return feed.sources(id);
    }

    @PutMapping(path = "/api/v1/assessments/{id}/metric-sources", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The author or an admin, while approved: replace the queries, e.g. [{\"line\": 0, \"input\": \"recall\", "
            + "\"query\": \"avg(fraud_model_recall)\"}]; each query must return one sample; the daily feed writes its value into "
            + "the month's check-in under observed, never over a value a person typed",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = MetricSourceRequest.class)))))
    List<MetricSourceRecord> replace(@PathVariable long id, @RequestBody String body) {
        return feed.replace(id, Arrays.asList(AssessmentJson.readValue(body, MetricSourceRequest[].class)));
    }

    @PostMapping(path = "/api/v1/assessments/{id}/metric-sources/fetch", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The author or an admin: run the queries now (as the daily job does) and answer what was written and what failed")
    MetricFeedService.FeedRun fetch(@PathVariable long id) {
        return feed.fetchNow(id);
    }
}
