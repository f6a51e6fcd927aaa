package dev.greenlight.api;

import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.scoring.ScoreResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The score document of PRODUCT.md §5: stored with an assessment, or computed for a document without saving it. */
@RestController
@Tag(name = "Scores", description = "Greenlight score, recommendation, explanation, business case and the figures behind them")
class ScoreController {

    private final AssessmentService service;

    ScoreController(AssessmentService service) {
        this.service = service;
    }

    @GetMapping(path = "/api/v1/assessments/{id}/score", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The score stored with the assessment's current answers (404 with what is missing until it can be scored)")
    ResponseEntity<JsonNode> stored(@PathVariable long id) {
        var details = service.get(id);
        if (details.scoreResult() == null) {
            throw new NotScoredException(id, details.missingForScore());
        }
        return ResponseEntity.ok(json(details.scoreResult()));
    }

    @PostMapping(path = "/api/v1/score", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score a §2.2 document without storing it",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = AssessmentDocument.class))))
    ResponseEntity<JsonNode> score(@RequestBody String body, Locale locale) {
        var json = AssessmentJson.readObject(body);
        AssessmentController.READ_ONLY.forEach(json::remove);
        return ResponseEntity.ok(json(service.score(AssessmentJson.read(json), locale)));
    }

    private static JsonNode json(ScoreResult result) {
        return AssessmentJson.scoreMapper().valueToTree(result);
    }

    /** The assessment exists but cannot be scored yet. */
    static final class NotScoredException extends InvalidAssessmentException {
        final long id;

        NotScoredException(long id, java.util.List<FieldError> missing) {
            super(missing);
            this.id = id;
        }
    }
}
