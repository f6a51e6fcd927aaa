package dev.greenlight.api;

import dev.greenlight.assessment.AssessmentNotFoundException;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.VersionMismatchException;
import dev.greenlight.currency.InvalidCurrencyRequestException;
import dev.greenlight.currency.MalformedRatesFileException;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.portfolio.InvalidPortfolioRequestException;
import dev.greenlight.security.UserAdminException;
import dev.greenlight.tracking.NotTrackedException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps what can go wrong to honest status codes with a JSON body; nothing a client sends yields a 500. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    record ApiError(int status, String message, List<FieldError> errors) {
    }

    @ExceptionHandler(ScoreController.NotScoredException.class)
    ResponseEntity<ApiError> notScored(ScoreController.NotScoredException e) {
        return error(HttpStatus.NOT_FOUND, "Assessment " + e.id + " has no score yet: answer the fields listed", e.errors());
    }

    @ExceptionHandler(InvalidAssessmentException.class)
    ResponseEntity<ApiError> invalid(InvalidAssessmentException e) {
        return error(HttpStatus.BAD_REQUEST, "The request is invalid: fix the fields listed", e.errors());
    }

    @ExceptionHandler(InvalidPortfolioRequestException.class)
    ResponseEntity<ApiError> invalidPortfolio(InvalidPortfolioRequestException e) {
        return error(HttpStatus.BAD_REQUEST, "The request is invalid: fix the fields listed", List.of(new FieldError(e.field(), e.reason())));
    }

    @ExceptionHandler(InvalidCurrencyRequestException.class)
    ResponseEntity<ApiError> invalidCurrency(InvalidCurrencyRequestException e) {
        return error(HttpStatus.BAD_REQUEST, "The request is invalid: fix the fields listed", List.of(new FieldError(e.field(), e.reason())));
    }

    @ExceptionHandler(MalformedRatesFileException.class)
    ResponseEntity<ApiError> malformedRates(MalformedRatesFileException e) {
        return error(HttpStatus.BAD_REQUEST, "The file is not the ECB's reference-rate CSV: nothing was imported",
                List.of(new FieldError(e.field(), e.reason())));
    }

    @ExceptionHandler(AssessmentNotFoundException.class)
    ResponseEntity<ApiError> notFound(AssessmentNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "No such resource: " + e.getResourcePath(), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage() == null || e.getMessage().equals("Access Denied")
                ? "Your role does not allow this" : e.getMessage(), List.of());
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ApiError> unauthenticated(AuthenticationCredentialsNotFoundException e) {
        return error(HttpStatus.UNAUTHORIZED, "Authentication required", List.of());
    }

    @ExceptionHandler(StaleAssessmentException.class)
    ResponseEntity<ApiError> stale(StaleAssessmentException e) {
        return error(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldError("version",
                "the stored version is " + e.currentVersion())));
    }

    @ExceptionHandler(Lifecycle.IllegalTransitionException.class)
    ResponseEntity<ApiError> illegalTransition(Lifecycle.IllegalTransitionException e) {
        return error(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldError("status", "is " + e.from())));
    }

    @ExceptionHandler(NotTrackedException.class)
    ResponseEntity<ApiError> notTracked(NotTrackedException e) {
        return error(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldError("status", "does not allow this tracking action")));
    }

    @ExceptionHandler(VersionMismatchException.class)
    ResponseEntity<ApiError> versionMismatch(VersionMismatchException e) {
        return error(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldError("version", "is not the version under review")));
    }

    @ExceptionHandler(UserAdminException.class)
    ResponseEntity<ApiError> userAdmin(UserAdminException e) {
        return error(HttpStatus.BAD_REQUEST, "The user change cannot be made: fix the field listed",
                List.of(new FieldError(e.field(), e.reason())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "The request body is missing or unreadable", List.of(new FieldError("$", "a JSON body is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "A parameter has the wrong type",
                List.of(new FieldError(e.getName(), "has an invalid value: " + e.getValue())));
    }

    /** Query parameters bound to a record (the portfolio filter): each wrong one named, e.g. {@code status}. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> binding(BindException e) {
        return error(HttpStatus.BAD_REQUEST, "A parameter has the wrong type", e.getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), "has an invalid value: " + f.getRejectedValue())).toList());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "A parameter is missing", List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        var supported = e.getSupportedMediaTypes();
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, supported.isEmpty() || supported.contains(MediaType.APPLICATION_JSON)
                ? "Send JSON with Content-Type: application/json" : "Send the body with Content-Type: " + supported.getFirst(), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return error(HttpStatus.NOT_ACCEPTABLE, "This resource answers " + e.getSupportedMediaTypes()
                + ": accept one of those (or */*)", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected API error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged", List.of());
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<FieldError> errors) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message, errors));
    }
}
