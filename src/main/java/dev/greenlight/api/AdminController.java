package dev.greenlight.api;

import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditFilter;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.audit.AuditRecord;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.scoringmodel.ModelEffect;
import dev.greenlight.scoringmodel.ScoringModelService;
import dev.greenlight.scoringmodel.ScoringModelVersion;
import dev.greenlight.scoringmodel.ScoringParameters;
import dev.greenlight.security.Role;
import dev.greenlight.security.UserService;
import dev.greenlight.security.UserSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration (ADMIN only, enforced by the services): users, the scoring model, re-scoring, the full audit trail. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration", description = "Users and roles, scoring model versions, re-scoring, the audit trail")
class AdminController {

    private final UserService users;
    private final ScoringModelService models;
    private final AssessmentService assessments;
    private final AuditLog audit;

    AdminController(UserService users, ScoringModelService models, AssessmentService assessments, AuditLog audit) {
        this.users = users;
        this.models = models;
        this.assessments = assessments;
        this.audit = audit;
    }

    record NewUser(String username, String displayName, String password, Set<Role> roles) {
    }

    record UserChange(Boolean enabled, Set<Role> roles, String password) {
    }

    @GetMapping("/users")
    List<UserSummary> users() {
        return users.list();
    }

    @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a user: {\"username\", \"displayName\", \"password\" (8+), \"roles\": [\"ENGINEER\", ...]}")
    ResponseEntity<UserSummary> create(@RequestBody String body) {
        var u = AssessmentJson.readValue(body, NewUser.class);
        return ResponseEntity.status(HttpStatus.CREATED).body(users.create(u.username(), u.displayName(), u.password(), u.roles()));
    }

    @RequestMapping(path = "/users/{username}", method = {RequestMethod.PATCH, RequestMethod.PUT}, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a user: any of {\"enabled\": false, \"roles\": [...], \"password\": \"...\"}; the last admin stays an enabled admin")
    UserSummary change(@PathVariable String username, @RequestBody String body) {
        var change = AssessmentJson.readValue(body, UserChange.class);
        return users.change(username, change.enabled(), change.roles(), change.password());
    }

    @GetMapping("/scoring-model")
    @Operation(summary = "Every model version, oldest first; the last is in force")
    List<ScoringModelVersion> modelHistory() {
        return models.history();
    }

    @PostMapping(path = "/scoring-model", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save new parameters as the next model version (weights summing to 1, thresholds, compliance costs, default discount rate)")
    ResponseEntity<ScoringModelVersion> changeModel(@RequestBody String body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(models.change(AssessmentJson.readValue(body, ScoringParameters.class)));
    }

    @PostMapping(path = "/scoring-model/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What saving these parameters would do: each scored assessment whose recommendation would change (nothing is saved)")
    ModelEffect previewModel(@RequestBody String body) {
        return models.preview(AssessmentJson.readValue(body, ScoringParameters.class));
    }

    @PostMapping("/rescore")
    @Operation(summary = "Re-score every assessment whose stored score comes from an older model (frozen versions keep theirs); "
            + "says how many were re-scored and whose recommendation moved")
    Map<String, Object> rescoreAll() {
        var effect = models.rescoreAll();
        return Map.of("rescored", effect.scored(), "modelVersion", effect.modelVersion(), "moves", effect.moves());
    }

    @PostMapping("/assessments/{id}/rescore")
    @Operation(summary = "Re-score one assessment with the model in force")
    ResponseEntity<tools.jackson.databind.node.ObjectNode> rescore(@PathVariable long id) {
        return ResponseEntity.ok(ApiJson.assessment(assessments.rescore(id)));
    }

    @GetMapping("/audit")
    @Operation(summary = "The whole audit trail, newest first, filtered by actor, action, assessment and time (from inclusive, to exclusive, ISO-8601 UTC)")
    PageResponse<AuditRecord> audit(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                                    @RequestParam(required = false) Long assessment, @RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        var pageable = Paging.of(page, size, Sort.unsorted());
        return PageResponse.of(audit.search(new AuditFilter(actor, action, assessment, from, to), pageable));
    }
}
