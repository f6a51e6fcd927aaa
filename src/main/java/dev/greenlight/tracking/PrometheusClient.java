package dev.greenlight.tracking;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prometheus's HTTP API, the one call the feed needs: an instant query ({@code GET /api/v1/query}) that must answer
 * exactly one sample. Every failure is a {@link FeedException} whose message a person can act on: unreachable, an
 * error Prometheus reports (a bad query), no sample, several samples, a value that is not a finite number.
 */
final class PrometheusClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http;

    PrometheusClient(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A failed query, in words for the Tracking section. */
    static final class FeedException extends Exception {
        FeedException(String message) {
            super(message);
        }
    }

    /** The one sample {@code promql} answers now. */
    double query(String promql) throws FeedException {
        var uri = base.resolve("api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FeedException("Prometheus at " + base + " is unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("the query was interrupted");
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new FeedException("Prometheus at " + base + " answered HTTP " + response.statusCode() + " with something that is not its JSON API");
        }
        if (!"success".equals(body.path("status").asString(""))) {
            throw new FeedException("Prometheus refused the query (HTTP " + response.statusCode() + "): "
                    + body.path("errorType").asString("error") + ": " + body.path("error").asString("no message"));
        }
        var data = body.path("data");
        var type = data.path("resultType").asString("");
        JsonNode sample;
        switch (type) {
            case "vector" -> {
                var result = data.path("result");
                if (result.isEmpty()) {
                    throw new FeedException("the query returned no sample: is the metric scraped, and are its labels right?");
                }
                if (result.size() > 1) {
                    throw new FeedException("the query returned " + result.size() + " samples, it must return one: aggregate it "
                            + "(e.g. avg(...)) or select one series by its labels");
                }
                sample = result.get(0).path("value");
            }
            case "scalar" -> sample = data.path("result");
            default -> throw new FeedException("the query returned a " + (type.isEmpty() ? "result of no type" : type)
                    + ", not an instant vector with one sample");
        }
        var text = sample.path(1).asString("");
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new FeedException("the sample's value \"" + text + "\" is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new FeedException("the sample's value is " + text + ", not a finite number");
        }
        return value;
    }
}
