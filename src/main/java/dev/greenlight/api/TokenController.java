package dev.greenlight.api;

import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.FieldError;
import dev.greenlight.security.ApiScope;
import dev.greenlight.security.ApiTokenException;
import dev.greenlight.security.ApiTokenService;
import dev.greenlight.security.ApiTokenSummary;
import dev.greenlight.security.CreatedApiToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal access tokens (PRODUCT.md §8). Managed with a password sign-in only, never with a token. */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API tokens", description = "Personal access tokens for Authorization: Bearer; manage them with HTTP Basic")
class TokenController {

    private final ApiTokenService tokens;

    TokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name, List<String> scopes, Integer expiresInDays) {
    }

    record TokenJson(long id, String name, String prefix, List<String> scopes, Instant createdAt, Instant expiresAt,
                     Instant lastUsedAt, Instant revokedAt) {

        static TokenJson of(ApiTokenSummary t) {
            return new TokenJson(t.id(), t.name(), t.prefix(), t.scopes().stream().sorted().map(ApiScope::code).toList(),
                    t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt());
        }
    }

    record CreatedJson(TokenJson token, String secret) {
        static CreatedJson of(CreatedApiToken created) {
            return new CreatedJson(TokenJson.of(created.token()), created.secret());
        }
    }

    @GetMapping
    @Operation(summary = "Your tokens, newest first: name, scopes, created, expires, last used, revoked (never the secret)")
    List<TokenJson> mine() {
        return tokens.mine().stream().map(TokenJson::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a token: {\"name\", \"scopes\": [\"read\" | \"write\" | \"actuals:write\"], \"expiresInDays\": 1–365}; "
            + "the answer holds the secret, shown this once")
    ResponseEntity<CreatedJson> create(@RequestBody String body) {
        var request = AssessmentJson.readValue(body, NewToken.class);
        var scopes = EnumSet.noneOf(ApiScope.class);
        var asked = request.scopes() == null ? List.<String>of() : request.scopes();
        for (int i = 0; i < asked.size(); i++) {
            var code = asked.get(i);
            var scope = ApiScope.ofCode(code);
            if (scope.isEmpty()) {
                throw new ApiTokenException("scopes[" + i + "]", "unknown scope “" + code + "”: use read, write or actuals:write");
            }
            scopes.add(scope.get());
        }
        var created = tokens.create(request.name(), scopes, request.expiresInDays());
        return ResponseEntity.status(HttpStatus.CREATED).body(CreatedJson.of(created));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your tokens; from the next request on it answers 401")
    TokenJson revoke(@PathVariable long id) {
        return TokenJson.of(tokens.revoke(id));
    }

    @ExceptionHandler(ApiTokenException.class)
    ResponseEntity<ApiExceptionHandler.ApiError> refused(ApiTokenException e) {
        var status = e.field().equals("id") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(new ApiExceptionHandler.ApiError(status.value(),
                "The token request cannot be carried out: fix the field listed", List.of(new FieldError(e.field(), e.reason()))));
    }
}
