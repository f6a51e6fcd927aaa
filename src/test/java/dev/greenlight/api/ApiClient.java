package dev.greenlight.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny HTTP client for API tests: the JDK's, with HTTP Basic or an API token. */
final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return send(request(path, user).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path, String user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String user, String json) throws Exception {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST as a user whose password is not their user name. */
    HttpResponse<String> postAs(String path, String user, String password, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String path, String user, String json, String ifMatch) throws Exception {
        var builder = request(path, user).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A request with {@code Authorization: Bearer <token>}; {@code json} may be null (no body). */
    HttpResponse<String> bearer(String method, String path, String token, String json) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Any method with a body of any type, e.g. the ECB's rates as {@code text/csv}. */
    HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        return send(request(path, user).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> delete(String path, String user) throws Exception {
        return send(request(path, user).DELETE().build());
    }

    private HttpRequest.Builder request(String path, String user) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            // demo users' password is their user name
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
