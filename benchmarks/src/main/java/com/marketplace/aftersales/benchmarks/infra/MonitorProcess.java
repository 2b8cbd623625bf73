package com.marketplace.aftersales.benchmarks.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sla-monitor under test: its Spring Boot jar as a child JVM, configured only through its environment, as any
 * deployment configures it. Started, restarted on the same state directory after a {@code kill -9}, and stopped.
 */
public final class MonitorProcess {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Path jar;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final int port;
    private final Path logFile;
    private final Path workingDirectory;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private volatile Process process;

    public MonitorProcess(Path jar, List<String> jvmOptions, Map<String, String> environment, int port, Path logFile,
                          Path workingDirectory) {
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.port = port;
        this.logFile = logFile;
        this.workingDirectory = workingDirectory;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The monitor is already running (pid " + process.pid() + ")");
        }
        List<String> command = new ArrayList<>();
        command.add(JavaChild.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        process = JavaChild.launch("sla-monitor", command, environment, logFile, workingDirectory);
    }

    /** Polls readiness every 100 ms. @return when it first answered 200 */
    public Instant awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        while (Instant.now().isBefore(deadline)) {
            Process current = process;
            if (current == null || !current.isAlive()) {
                throw new IllegalStateException("The sla-monitor exited"
                        + (current == null ? "" : " with code " + current.exitValue()) + " before it was ready:\n"
                        + JavaChild.tail(logFile, 40));
            }
            if (status(readiness) == 200) {
                return Instant.now();
            }
            Pause.of(POLL);
        }
        throw new IllegalStateException("The sla-monitor was not ready within " + timeout + ":\n"
                + JavaChild.tail(logFile, 40));
    }

    public PrometheusText scrape() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(20)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/actuator/prometheus answered " + response.statusCode());
            }
            return PrometheusText.parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("/actuator/prometheus did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public long pid() {
        Process current = process;
        if (current == null) {
            throw new IllegalStateException("The monitor is not running");
        }
        return current.pid();
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no close, no commit; the open transaction is left for the broker to abort. */
    public void killHard() throws InterruptedException {
        Process current = process;
        if (current != null) {
            current.destroyForcibly();
            current.waitFor();
        }
    }

    /** SIGTERM (a graceful close of the Streams client), SIGKILL after 60 s. */
    public void stop() throws InterruptedException {
        Process current = process;
        if (current != null) {
            JavaChild.stop(current, Duration.ofSeconds(60));
        }
    }

    public Path logFile() {
        return logFile;
    }

    public List<String> jvmOptions() {
        return jvmOptions;
    }

    private int status(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
