package dev.greenlight.api;

import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.assessment.VersionComparison;
import dev.greenlight.assessment.VersionSummary;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.review.CommentRecord;
import dev.greenlight.review.DecisionRecord;
import dev.greenlight.review.DecisionRequest;
import dev.greenlight.review.ReviewService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Review through the API: submit, decide, versions and their comparison, comments, the audit trail, the queue. */
@RestController
@Tag(name = "Review", description = "Submission, decisions, versions, comments and the audit trail (PRODUCT.md §2)")
class ReviewController {

    private final AssessmentService assessments;
    private final ReviewService reviews;
    private final AuditLog audit;

    ReviewController(AssessmentService assessments, ReviewService reviews, AuditLog audit) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** {@code changes}: what changed since the version before, required on a resubmission. */
    record SubmitRequest(Long version, String changes) {
    }

    record CommentRequest(Questionnaire.Step section, String body) {
    }

    @PostMapping(path = "/api/v1/assessments/{id}/submit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit for review (the author, as a draft or after changes were requested); send the version you read "
            + "as {\"version\": n} or If-Match; freezes the next numbered version. Only a complete assessment is accepted (400 "
            + "naming each missing answer); a resubmission says what changed as {\"changes\": \"...\"}")
    ResponseEntity<ObjectNode> submit(@PathVariable long id, @RequestBody(required = false) String body,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var request = AssessmentJson.readValue(body, SubmitRequest.class);
        long version;
        if (ifMatch != null && !ifMatch.isBlank()) {
            version = AssessmentController.parseIfMatch(ifMatch);
        } else {
            if (request.version() == null) {
                throw new InvalidAssessmentException(List.of(new FieldError("version",
                        "is required: send the version you read (or an If-Match header)")));
            }
            version = request.version();
        }
        var submitted = reviews.submit(id, version, request.changes());
        return ResponseEntity.ok().eTag("\"" + submitted.version() + "\"").body(ApiJson.assessment(submitted));
    }

    @PostMapping(path = "/api/v1/assessments/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide on the version under review: {\"decision\": \"APPROVE_WITH_CONDITIONS\", \"version\": 2, "
            + "\"conditions\": [...], \"rationale\": \"...\"}. The rationale is required for every decision. Product managers: "
            + "REQUEST_CHANGES (rationale = what to change), APPROVE, APPROVE_WITH_CONDITIONS, REJECT; leadership: SIGN_OFF or "
            + "REFUSE_SIGN_OFF. "
            + "Never on your own assessment; a conflict gets 409",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = DecisionRequest.class))))
    ResponseEntity<ObjectNode> decide(@PathVariable long id, @RequestBody String body) {
        var decided = reviews.decide(id, AssessmentJson.readValue(body, DecisionRequest.class));
        var json = ApiJson.assessment(decided);
        json.put("awaitingSignOff", decided.awaitsSignOff());
        return ResponseEntity.ok().eTag("\"" + decided.version() + "\"").body(json);
    }

    @GetMapping(path = "/api/v1/assessments/{id}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The frozen versions, oldest first")
    List<VersionSummary> versions(@PathVariable long id) {
        return assessments.versions(id);
    }

    @GetMapping(path = "/api/v1/assessments/{id}/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One frozen version: its summary, the §2.2 document and the score document as submitted")
    ResponseEntity<JsonNode> version(@PathVariable long id, @PathVariable int number) {
        var v = assessments.version(id, number);
        var json = AssessmentJson.mapper().createObjectNode();
        json.set("summary", AssessmentJson.scoreMapper().valueToTree(v.summary()));
        json.set("document", AssessmentJson.toTree(v.document()));
        json.set("score", v.scoreResult() == null ? null : AssessmentJson.scoreMapper().valueToTree(v.scoreResult()));
        return ResponseEntity.ok(json);
    }

    @GetMapping(path = "/api/v1/assessments/{id}/versions/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every changed answer between two versions, and how score, recommendation, level and tier moved")
    VersionComparison compare(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return assessments.compare(id, from, to);
    }

    @GetMapping(path = "/api/v1/assessments/{id}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decisions and sign-offs, oldest first")
    List<DecisionRecord> decisions(@PathVariable long id) {
        return reviews.history(id).decisions();
    }

    @GetMapping(path = "/api/v1/assessments/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The comment thread, oldest first")
    List<CommentRecord> comments(@PathVariable long id) {
        return reviews.history(id).comments();
    }

    @PostMapping(path = "/api/v1/assessments/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comment: {\"body\": \"...\", \"section\": \"ROI\"} (section optional: PROBLEM, METRIC, ROI, ETHICS, REVIEW)")
    ResponseEntity<CommentRecord> comment(@PathVariable long id, @RequestBody String body) {
        var request = AssessmentJson.readValue(body, CommentRequest.class);
        return ResponseEntity.status(HttpStatus.CREATED).body(reviews.comment(id, request.section(), request.body()));
    }

    @GetMapping(path = "/api/v1/assessments/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The assessment's audit trail, oldest first (anyone who may read the assessment)")
    List<AuditRecord> audit(@PathVariable long id) {
        return audit.forAssessment(id);
    }

    @GetMapping(path = "/api/v1/review-queue", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Product managers: what waits for a decision; leadership: approvals waiting for sign-off. Oldest first")
    PageResponse<AssessmentSummary> queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(reviews.reviewQueue(Paging.of(page, size, Sort.unsorted())));
    }
}
