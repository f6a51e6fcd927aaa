package dev.greenlight.api;

import dev.greenlight.ApiTest;
import dev.greenlight.document.AssessmentJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A harness, not a test (Surefire's default includes skip it): what authentication costs per API request.
 * In one run, sequential latency of {@code /actuator/health}, a token-authenticated and an HTTP Basic (BCrypt)
 * {@code GET /api/v1/assessments/{id}}, then throughput with 16 concurrent clients, Basic before and token after.
 * Run with {@code ./mvnw test -Dtest=TokenAuthBenchmark -Dtest.jit=} (the full JIT of the real app); it prints the
 * figures and asserts nothing about time.
 */
@ApiTest
class TokenAuthBenchmark {

    private static final int WARMUP = 300;
    private static final int RUNS = 500;
    private static final int CLIENTS = 16;
    private static final Duration LOAD = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpRequest get(String path, String authorization) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void measure_token_authentication_against_health_and_http_basic() throws Exception {
        var api = new ApiClient(port);
        var basic = "Basic " + Base64.getEncoder().encodeToString("engineer:engineer".getBytes(StandardCharsets.UTF_8));
        var created = api.post("/api/v1/assessments", "engineer", "{\"title\": \"Benchmark target\"}");
        var id = AssessmentJson.mapper().readTree(created.body()).get("id").asLong();
        var tokenAnswer = api.post("/api/v1/tokens", "engineer", "{\"name\": \"benchmark\", \"scopes\": [\"read\"], \"expiresInDays\": 1}");
        var bearer = "Bearer " + AssessmentJson.mapper().readTree(tokenAnswer.body()).get("secret").asString();

        var health = get("/actuator/health", null);
        var byToken = get("/api/v1/assessments/" + id, bearer);
        var byBasic = get("/api/v1/assessments/" + id, basic);
        for (var request : List.of(health, byToken, byBasic)) {
            if (send(request) != 200) {
                throw new IllegalStateException("not 200: " + request.uri());
            }
        }
        for (int i = 0; i < WARMUP; i++) {
            send(health);
            send(byToken);
            if (i % 10 == 0) {
                send(byBasic);
            }
        }
        var h = latency(health, RUNS);
        var t = latency(byToken, RUNS);
        var b = latency(byBasic, RUNS / 5);
        System.out.printf("TOKEN BENCHMARK sequential latency (median / p90 ms): /actuator/health %.2f / %.2f; "
                        + "GET assessment with token %.2f / %.2f (%.1f× health); with HTTP Basic %.2f / %.2f (%.1f× health)%n",
                h[0], h[1], t[0], t[1], t[0] / h[0], b[0], b[1], b[0] / h[0]);
        double basicRate = throughput(byBasic);
        double tokenRate = throughput(byToken);
        System.out.printf("TOKEN BENCHMARK throughput, %d concurrent clients, %d s each: HTTP Basic %.1f req/s (before); "
                + "token %.1f req/s (after), %.1f×%n", CLIENTS, LOAD.toSeconds(), basicRate, tokenRate, tokenRate / basicRate);
    }

    /** Median and p90 in milliseconds. */
    private double[] latency(HttpRequest request, int runs) {
        var times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            send(request);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return new double[] {times[runs / 2] / 1e6, times[(int) (runs * 0.9)] / 1e6};
    }

    private double throughput(HttpRequest request) throws Exception {
        var done = new AtomicLong();
        var failed = new AtomicLong();
        long end = System.nanoTime() + LOAD.toNanos();
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        if (send(request) == 200) {
                            done.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (var client : clients) {
                client.get();
            }
        }
        if (failed.get() > 0) {
            System.out.println("TOKEN BENCHMARK " + failed.get() + " requests did not answer 200");
        }
        return done.get() / (double) LOAD.toSeconds();
    }
}
