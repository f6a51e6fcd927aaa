package dev.greenlight.tracking;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's real Prometheus and Pushgateway (/usr/bin, installed by .ci/run), started on free ports with a temporary
 * configuration and data directory: Prometheus scrapes the gateway every second, a test pushes a metric to the gateway
 * and waits until Prometheus answers it. No imitation of Prometheus's HTTP API anywhere. Without the binaries the test
 * is skipped with the command that installs them, except on CI ({@code CI=true}), where it fails instead.
 */
final class RealPrometheus implements AutoCloseable {

    static final String PROMETHEUS = "/usr/bin/prometheus";
    static final String PUSHGATEWAY = "/usr/bin/prometheus-pushgateway";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path directory;
    private final Process gateway;
    private final Process prometheus;
    private final int gatewayPort;
    private final int prometheusPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RealPrometheus(Path directory, Process gateway, int gatewayPort, Process prometheus, int prometheusPort) {
        this.directory = directory;
        this.gateway = gateway;
        this.gatewayPort = gatewayPort;
        this.prometheus = prometheus;
        this.prometheusPort = prometheusPort;
    }

    /** Skips (or on CI fails) when the binaries are missing. */
    static void requireBinaries() {
        if (!new File(PROMETHEUS).canExecute() || !new File(PUSHGATEWAY).canExecute()) {
            var message = "Prometheus and its Pushgateway are needed for the metric feed's test: "
                    + "sudo apt-get install -y prometheus prometheus-pushgateway (or run .ci/run, which installs them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    static RealPrometheus start() throws Exception {
        requireBinaries();
        var directory = Files.createTempDirectory("greenlight-prometheus");
        int gatewayPort = freePort();
        var gateway = new ProcessBuilder(PUSHGATEWAY, "--web.listen-address=127.0.0.1:" + gatewayPort)
                .redirectErrorStream(true).redirectOutput(directory.resolve("pushgateway.log").toFile()).start();
        int prometheusPort = freePort();
        var config = directory.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: pushgateway
                    honor_labels: true
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(gatewayPort));
        var prometheus = new ProcessBuilder(PROMETHEUS, "--config.file=" + config, "--storage.tsdb.path=" + directory.resolve("data"),
                "--web.listen-address=127.0.0.1:" + prometheusPort)
                .redirectErrorStream(true).redirectOutput(directory.resolve("prometheus.log").toFile()).start();
        var started = new RealPrometheus(directory, gateway, gatewayPort, prometheus, prometheusPort);
        started.await("http://127.0.0.1:" + gatewayPort + "/-/ready");
        started.await(started.url() + "/-/ready");
        return started;
    }

    /** Prometheus's base URL, for {@code greenlight.prometheus.url}. */
    String url() {
        return "http://127.0.0.1:" + prometheusPort;
    }

    /** Pushes gauges to the gateway under {@code job} (replacing what that job pushed before). */
    void push(String job, String metrics) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/metrics/job/" + job))
                .PUT(HttpRequest.BodyPublishers.ofString(metrics.endsWith("\n") ? metrics : metrics + "\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Pushgateway answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Waits until Prometheus has scraped a sample of {@code promql} whose value is {@code value}. */
    void awaitSample(String promql, String value) throws Exception {
        var deadline = Instant.now().plus(PATIENCE);
        var uri = URI.create(url() + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        while (Instant.now().isBefore(deadline)) {
            var body = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"" + value + "\"]")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Prometheus never answered " + promql + " = " + value + "; log: "
                + Files.readString(directory.resolve("prometheus.log")));
    }

    private void await(String readyUrl) throws Exception {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(readyUrl)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException(readyUrl + " never became ready");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (var process : List.of(prometheus, gateway)) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind harms nothing
        }
    }
}
