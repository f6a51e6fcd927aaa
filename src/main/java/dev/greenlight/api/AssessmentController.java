package dev.greenlight.api;

import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.AssessmentFilter;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The assessments resource: the §2.2 document plus read-only id, status, owner, version, createdAt,
 * updatedAt and a score summary. A thin adapter: every rule lives in {@link AssessmentService}.
 */
@RestController
@RequestMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Create, read and update assessments (JSON format of PRODUCT.md §2.2)")
class AssessmentController {

    /** Fields a client may send back as it received them; they are ignored on write. */
    static final Set<String> READ_ONLY = Set.of("id", "status", "owner", "version", "createdAt", "updatedAt", "scoreSummary");

    private final AssessmentService service;

    AssessmentController(AssessmentService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Assessments the caller may read: their own plus every non-draft (admins: all), paged")
    PageResponse<AssessmentSummary> list(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size,
                                         @RequestParam(required = false) String title,
                                         @RequestParam(required = false) Set<AssessmentStatus> status,
                                         @RequestParam(defaultValue = "false") boolean mine) {
        var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id")));
        return PageResponse.of(service.list(new AssessmentFilter(mine, title, status), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One assessment; the ETag is its version, for If-Match on PUT")
    ResponseEntity<ObjectNode> get(@PathVariable long id) {
        var details = service.get(id);
        return withVersion(details).body(ApiJson.assessment(details));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft owned by the caller (ENGINEER or PRODUCT_MANAGER)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = AssessmentDocument.class))))
    ResponseEntity<ObjectNode> create(@RequestBody String body) {
        var created = service.create(documentOf(body));
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + created.id()))
                .eTag("\"" + created.version() + "\"")
                .body(ApiJson.assessment(created));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the answers of a draft; send the version you read (body field or If-Match), a stale one gets 409",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = AssessmentDocument.class))))
    ResponseEntity<ObjectNode> update(@PathVariable long id, @RequestBody String body,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var json = AssessmentJson.readObject(body);
        var version = expectedVersion(json, ifMatch);
        var updated = service.update(id, documentOf(json), version);
        return withVersion(updated).body(ApiJson.assessment(updated));
    }

    @PutMapping(path = "/{id}/validation", consumes = "text/csv")
    @Operation(summary = "Measure DETECTION benefit line N on validation results: a CSV with the header score,label "
            + "(and weight), one row per case; the curve is kept, never the rows (PRODUCT.md §9.1). Up to "
            + "greenlight.validation.max-upload (200 MB); a bad row is refused with its line and column")
    ResponseEntity<ObjectNode> measure(@PathVariable long id, @RequestParam int line,
                                       @RequestParam(required = false) String source,
                                       jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        var updated = service.measure(id, line, source == null ? "validation.csv" : source, request.getInputStream());
        return withVersion(updated).body(ApiJson.assessment(updated));
    }

    private static AssessmentDocument documentOf(String body) {
        return documentOf(AssessmentJson.readObject(body));
    }

    private static AssessmentDocument documentOf(ObjectNode json) {
        var copy = json.deepCopy();
        READ_ONLY.forEach(copy::remove);
        return AssessmentJson.read(copy);
    }

    /** The version an {@code If-Match} header names ({@code "3"}, {@code W/"3"} or {@code 3}). */
    static long parseIfMatch(String ifMatch) {
        var tag = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidAssessmentException(List.of(new FieldError("If-Match",
                    "must be the version (ETag) you read, e.g. \"3\", was " + ifMatch)));
        }
    }

    private static long expectedVersion(ObjectNode json, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return parseIfMatch(ifMatch);
        }
        var version = json.get("version");
        if (version == null || !version.canConvertToLong() || !version.isIntegralNumber()) {
            throw new InvalidAssessmentException(List.of(new FieldError("version",
                    "is required: send the version you read (or an If-Match header) so that nobody's change is overwritten")));
        }
        return version.longValue();
    }

    private static ResponseEntity.BodyBuilder withVersion(AssessmentDetails details) {
        return ResponseEntity.ok().eTag("\"" + details.version() + "\"");
    }
}
