package dev.greenlight.api;

import dev.greenlight.document.AssessmentJson;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's JSON error body for errors that no controller answered, in the two places they end up: Spring's
 * {@code /error} page (Spring Security's firewall refusing a path with {@code ;jsessionid=}, an exception in a
 * filter) and Tomcat's own error report (a path Tomcat refuses before any servlet sees it, such as one with
 * {@code %00}). Replaces Boot's error controller, which answered a plain {@code GET /error} with
 * {@code 500 {"status":999}}, and Tomcat's HTML page. Bodies never carry exception messages or stack traces.
 */
@RestController
class ServerErrors implements ErrorController {

    /**
     * Spring's error page: the status the failed request set, or 404 when {@code /error} is asked for directly.
     * Written whatever the request accepts (a browser's {@code text/html} included), as the API's other errors are.
     */
    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            ApiFallbacks.write(response, HttpStatus.NOT_FOUND, message(HttpStatus.NOT_FOUND, request.getMethod() + " " + request.getRequestURI()), List.of());
            return;
        }
        var resolved = HttpStatus.resolve(code);
        var status = resolved == null || resolved.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ApiFallbacks.write(response, status, message(status, request.getMethod() + " " + (uri == null ? request.getRequestURI() : uri)), List.of());
    }

    static String message(HttpStatus status, String request) {
        return switch (status) {
            case BAD_REQUEST -> "The request was refused: its URL or headers are malformed or not allowed";
            case NOT_FOUND -> "No such resource: " + request;
            case METHOD_NOT_ALLOWED -> "Method not allowed: " + request;
            default -> status.is5xxServerError() ? "The server could not answer this request" : status.getReasonPhrase();
        };
    }

    /** Runs after Boot's customizer (order 0), which installs Tomcat's plain error report valve that this replaces. */
    @Component
    static final class JsonTomcatErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (var valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new JsonErrorReportValve());
                    // else the host adds Tomcat's HTML valve when it starts, for want of one of exactly this class
                    host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's last word on an error that nothing answered: the API's JSON body instead of an HTML page. */
    static final class JsonErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            var status = HttpStatus.resolve(response.getStatus());
            // as Tomcat's own valve: only an error status, only once, and never after a body was started
            if (status == null || status.value() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(AssessmentJson.mapper().writeValueAsString(new ApiExceptionHandler.ApiError(status.value(),
                            message(status, request.getMethod() + " " + request.getRequestURI()), List.of())));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was committed meanwhile: there is no one left to tell
            }
        }
    }
}
