package dev.greenlight.api;

import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The API's error body where no controller is involved: a path under {@code /api/} that nothing serves (else
 * Vaadin would answer it with the app's HTML page), and a method, content type or accepted type that no
 * endpoint takes (Spring refuses those before choosing a controller, so {@link ApiExceptionHandler} never
 * sees them and Boot's own body would go out).
 */
@Configuration(proxyBeanMethods = false)
class ApiFallbacks {

    /** Consulted after the controllers' mappings, before Vaadin's catch-all and the static resources. */
    @Bean
    HandlerMapping apiNotFound() {
        HttpRequestHandler notFound = (request, response) -> write(response, HttpStatus.NOT_FOUND,
                "No such resource: " + request.getMethod() + " " + request.getRequestURI(), List.of());
        var mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }

    @Bean
    HandlerExceptionResolver apiErrorsBeforeAController(ApiExceptionHandler handler) {
        return new BeforeAController(handler);
    }

    /** Writes our error body; for filters and handlers that answer without a controller. */
    static void write(HttpServletResponse response, HttpStatus status, String message, List<FieldError> errors) {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try {
            AssessmentJson.mapper().writeValue(response.getOutputStream(), new ApiExceptionHandler.ApiError(status.value(), message, errors));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record BeforeAController(ApiExceptionHandler handler) implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object chosen, Exception ex) {
            if (chosen != null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                return null;
            }
            ResponseEntity<ApiExceptionHandler.ApiError> answer = switch (ex) {
                case HttpMediaTypeNotSupportedException e -> handler.mediaType(e);
                case HttpRequestMethodNotSupportedException e -> {
                    if (e.getSupportedMethods() != null) {
                        response.setHeader("Allow", String.join(", ", e.getSupportedMethods()));
                    }
                    yield handler.method(e);
                }
                case HttpMediaTypeNotAcceptableException e -> handler.notAcceptable(e);
                default -> null;
            };
            if (answer == null) {
                return null;
            }
            var body = answer.getBody();
            write(response, HttpStatus.valueOf(answer.getStatusCode().value()), body.message(), body.errors());
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }
}
