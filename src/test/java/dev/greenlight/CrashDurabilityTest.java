package dev.greenlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write acknowledged is a write kept (issue 12, item 1). The application runs as it is configured — its own
 * {@code application.properties}, an H2 file database, the demo profile — in a child JVM; writers update
 * assessments through the API as fast as they can, the JVM is killed with SIGKILL in the middle of that, and
 * after a restart every update that had been answered 200 must be there. Several rounds, one database.
 */
class CrashDurabilityTest {

    private static final int ROUNDS = 3;
    private static final int WRITERS = 4;
    /** Acknowledged updates before the kill; the writers keep going while it happens. */
    private static final int UPDATES_BEFORE_KILL = 60;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern SUMMARY = Pattern.compile("\"summary\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    /** What the server said it stored, per assessment: the last acknowledged version and its summary. */
    private record Acknowledged(long version, String summary) {
    }

    @Test
    void acknowledged_update_survives_a_crash() throws Exception {
        var ids = new ArrayList<Long>();
        var report = new StringBuilder();
        long acknowledgedInAll = 0;
        long lostInAll = 0;
        var app = start();
        try {
            for (int w = 0; w < WRITERS; w++) {
                ids.add(create(app.port, "Crash test " + w));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                var result = writeUntilKilled(app, ids, round);
                app = start(); // the restart checks this round and carries the next one
                long lost = 0;
                var wrong = new ArrayList<String>();
                for (var entry : result.last().entrySet()) {
                    var body = get(app.port, entry.getKey());
                    long stored = Long.parseLong(match(VERSION, body));
                    var acknowledged = entry.getValue();
                    // each writer has at most one update in flight when the JVM dies: it may have committed without
                    // its answer reaching us (stored one past the acknowledged version), which loses nothing
                    if (stored < acknowledged.version()) {
                        lost += acknowledged.version() - stored;
                    } else if (stored == acknowledged.version() && !match(SUMMARY, body).equals(acknowledged.summary())) {
                        wrong.add(entry.getKey() + ": " + match(SUMMARY, body) + " instead of " + acknowledged.summary());
                    } else if (stored > acknowledged.version() + 1) {
                        wrong.add(entry.getKey() + ": version " + stored + ", more than the one update in flight after "
                                + acknowledged.version());
                    }
                }
                assertThat(wrong).as("the stored version holds what was acknowledged for it").isEmpty();
                acknowledgedInAll += result.acknowledged();
                lostInAll += lost;
                report.append(String.format("  round %d: %d updates acknowledged, %d found after kill -9 and restart%n",
                        round, result.acknowledged(), result.acknowledged() - lost));
            }
        } finally {
            app.process.destroyForcibly();
            app.process.waitFor();
        }
        System.out.printf("acknowledged_update_survives_a_crash: %d writers, %d kills: %d updates acknowledged, %d found%n%s",
                WRITERS, ROUNDS, acknowledgedInAll, acknowledgedInAll - lostInAll, report);
        assertThat(lostInAll).as("acknowledged updates lost:%n%s", report).isZero();
    }

    /** How many updates were answered 200 in a round, and the last one per assessment. */
    private record Round(int acknowledged, Map<Long, Acknowledged> last) {
    }

    /**
     * Updates run in every writer until {@link #UPDATES_BEFORE_KILL} are acknowledged, then the JVM is killed
     * while they still run; returns, per assessment, the last update the server answered 200 to.
     */
    private Round writeUntilKilled(App app, List<Long> ids, int round) throws Exception {
        var last = new ConcurrentHashMap<Long, Acknowledged>();
        var count = new AtomicInteger();
        var enough = new CountDownLatch(1);
        var killed = new AtomicBoolean();
        var threads = new ArrayList<Thread>();
        for (var id : ids) {
            threads.add(Thread.ofPlatform().start(() -> {
                long version = Long.parseLong(match(VERSION, get(app.port, id)));
                for (int i = 0; !killed.get(); i++) {
                    var summary = "round " + round + " update " + i;
                    try {
                        var response = send(app.port, HttpRequest.newBuilder(URI.create(base(app.port) + "/api/v1/assessments/" + id))
                                .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Crash test " + id + "\", \"summary\": \"" + summary + "\"}")));
                        if (response.statusCode() != 200) {
                            throw new AssertionError("update refused: " + response.statusCode() + " " + response.body());
                        }
                        version = Long.parseLong(match(VERSION, response.body()));
                        last.put(id, new Acknowledged(version, summary));
                        if (count.incrementAndGet() >= UPDATES_BEFORE_KILL) {
                            enough.countDown();
                        }
                    } catch (IOException e) {
                        return; // the server died under this request: it was never acknowledged
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        assertThat(enough.await(120, java.util.concurrent.TimeUnit.SECONDS)).as("writers made progress").isTrue();
        app.process.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
        killed.set(true);
        app.process.waitFor();
        for (var t : threads) {
            t.join();
        }
        return new Round(count.get(), Map.copyOf(last));
    }

    private record App(Process process, int port) {
    }

    /** The application as configured, on this test's H2 file database and a free port. */
    private App start() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // the main classes and the dependencies, not the test resources (they would switch to an in-memory database)
        var classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        var java = ProcessHandle.current().info().command().orElse("java");
        var log = dataDir.resolve("app-" + System.nanoTime() + ".log");
        var process = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", classpath, Application.class.getName(),
                "--server.port=" + port, "--greenlight.data-dir=" + dataDir.toAbsolutePath(),
                "--vaadin.devmode.usageStatistics.enabled=false", "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("the application stopped: " + tail(log));
            }
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create(base(port) + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return new App(process, port);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the application did not start: " + tail(log));
            }
            Thread.sleep(250);
        }
    }

    private long create(int port, String title) throws Exception {
        var response = send(port, HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/assessments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"" + title + "\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Long.parseLong(match(ID, response.body()));
    }

    private String get(int port, long id) {
        try {
            var response = send(port, HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/assessments/" + id)).GET());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("engineer:engineer".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String base(int port) {
        return "http://localhost:" + port;
    }

    private static String match(Pattern pattern, String body) {
        var m = pattern.matcher(body);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in " + body);
        }
        return m.group(1);
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
