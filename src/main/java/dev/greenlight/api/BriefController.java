package dev.greenlight.api;

import dev.greenlight.brief.BriefDocument;
import dev.greenlight.brief.BriefService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Exports", description = "Excel workbooks leadership can audit and play with, and the Word brief reviewers annotate")
class BriefController {

    private final BriefService briefs;

    BriefController(BriefService briefs) {
        this.briefs = briefs;
    }

    @GetMapping(path = "/api/v1/assessments/{id}/brief.xlsx", produces = BriefService.CONTENT_TYPE)
    @Operation(summary = "The Excel project brief (same access rules as reading the assessment)")
    ResponseEntity<byte[]> brief(@PathVariable long id) {
        var file = briefs.brief(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(BriefService.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.bytes());
    }

    @GetMapping(path = "/api/v1/assessments/{id}/brief.docx", produces = BriefDocument.CONTENT_TYPE)
    @Operation(summary = "The Word brief for reviewers to annotate (same access rules as reading the assessment)")
    ResponseEntity<byte[]> wordBrief(@PathVariable long id) {
        var file = briefs.wordBrief(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(BriefDocument.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.bytes());
    }
}
