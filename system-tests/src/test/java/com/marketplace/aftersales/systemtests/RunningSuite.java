package com.marketplace.aftersales.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The whole suite, started once per test JVM exactly as a developer starts it: {@code java -jar devstack.jar up},
 * every port shifted so it can run beside a developer's suite, in a home directory of its own. Stopped with SIGINT
 * (Ctrl-C) at the end; {@link ShutdownSystemIT} checks that nothing is left behind.
 */
final class RunningSuite {

    static final int PORT_OFFSET = 1000;
    static final Duration STARTUP = Duration.ofMinutes(6);
    /**
     * The limits behind the deadline actions ({@link DeadlineActionsSystemIT}): accept for a silent merchant, abandon a
     * return never shipped, refund a return never confirmed received, raise the priority of a case left unresolved.
     * Short enough to be tested in a minute or two, longer than any other test keeps a case waiting in those states
     * before it has checked what it wanted to ({@link ServiceCrashesSystemIT} restarts the gateway, and only the
     * gateway, between the return authorized and shipped).
     */
    static final Duration MERCHANT_RESPONSE_LIMIT = Duration.ofSeconds(40);
    static final Duration CUSTOMER_SHIPS_RETURN_LIMIT = Duration.ofSeconds(75);
    static final Duration MERCHANT_CONFIRMS_RECEIPT_LIMIT = Duration.ofSeconds(60);
    static final Duration UNRESOLVED_LIMIT = Duration.ofSeconds(60);
    static final Duration LONGEST_SHORTENED_LIMIT = CUSTOMER_SHIPS_RETURN_LIMIT;

    private static RunningSuite instance;

    final Path repo;
    final Path home;
    final Process runner;
    private final List<String> output = new ArrayList<>();

    private RunningSuite(Path repo, Path home, Process runner) {
        this.repo = repo;
        this.home = home;
        this.runner = runner;
    }

    static synchronized RunningSuite get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningSuite start() {
        Path repo = Path.of(System.getProperty("aftersales.repo", "..")).toAbsolutePath().normalize();
        Path jar = repo.resolve("devstack/target/devstack.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the suite first (./mvnw package)");
        }
        try {
            Path home = Files.createTempDirectory("aftersales-system-test-");
            Files.createDirectories(home.resolve("faults"));
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC", "-jar",
                    jar.toString(), "up", "--repo", repo.toString(), "--home", home.toString(),
                    "--port-offset", String.valueOf(PORT_OFFSET))
                    .redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            env.put("AFTERSALES_SLA_MERCHANT_RESPONSE_LIMIT", MERCHANT_RESPONSE_LIMIT.toString());
            env.put("AFTERSALES_SLA_CUSTOMER_SHIPS_RETURN_LIMIT", CUSTOMER_SHIPS_RETURN_LIMIT.toString());
            env.put("AFTERSALES_SLA_MERCHANT_CONFIRMS_RECEIPT_LIMIT", MERCHANT_CONFIRMS_RECEIPT_LIMIT.toString());
            env.put("AFTERSALES_SLA_UNRESOLVED_LIMIT", UNRESOLVED_LIMIT.toString());
            env.put("AFTERSALES_FULFILLMENT_FAULTS_HALT_AFTER_PAYMENT_CALL_MARKER", haltMarker(home).toString());
            env.put("AFTERSALES_TRACE_SAMPLING", "1.0");
            RunningSuite suite = new RunningSuite(repo, home, builder.start());
            suite.captureOutput();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "system-test-suite-stop"));
            suite.awaitOutput(line -> line.contains("aftersales is ready"), STARTUP);
            return suite;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path haltMarker(Path home) {
        return home.resolve("faults").resolve("halt-after-payment-call");
    }

    String gatewayUrl() {
        return "http://localhost:" + (8080 + PORT_OFFSET);
    }

    String paymentsUrl() {
        return "http://localhost:" + (8091 + PORT_OFFSET);
    }

    String kafkaBootstrap() {
        return "localhost:" + (19092 + PORT_OFFSET);
    }

    int postgresPort() {
        return 15432 + PORT_OFFSET;
    }

    /** Runs {@code devstack.jar status} for this suite and returns its output and exit code. */
    CommandResult status() {
        return devstack("status");
    }

    CommandResult devstack(String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar",
                repo.resolve("devstack/target/devstack.jar").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--repo", repo.toString(), "--home", home.toString(),
                "--port-offset", String.valueOf(PORT_OFFSET)));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("devstack " + String.join(" ", args) + " did not finish");
            }
            return new CommandResult(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record CommandResult(int exitCode, String output) {
    }

    /** The process id {@code status} reports for a component. */
    long pidOf(String component) {
        Matcher matcher = Pattern.compile("(?m)^\\s*" + Pattern.quote(component) + "\\s+pid\\s+(\\d+)\\s+port")
                .matcher(status().output());
        if (!matcher.find()) {
            throw new AssertionError(component + " is not in the status output:\n" + status().output());
        }
        return Long.parseLong(matcher.group(1));
    }

    boolean isUp(String component) {
        return Pattern.compile("(?m)^\\s*" + Pattern.quote(component) + "\\s+pid\\s+\\d+\\s+port\\s+\\d+\\s+UP")
                .matcher(status().output()).find();
    }

    /** {@code kill -9} of a component's process, as a crash would. */
    void killHard(String component) {
        long pid = pidOf(component);
        try {
            new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> pidOf(component) != pid && isUp(component));
    }

    /** Waits until the runner prints a line matching {@code expected}; fails fast if the runner dies. */
    String awaitOutput(Predicate<String> expected, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (output) {
            int seen = 0;
            while (true) {
                for (; seen < output.size(); seen++) {
                    if (expected.test(output.get(seen))) {
                        return output.get(seen);
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0 || !runner.isAlive()) {
                    throw new AssertionError((runner.isAlive() ? "Timed out" : "The runner exited")
                            + " waiting for its output; it printed:\n" + String.join("\n", tail(80)));
                }
                try {
                    output.wait(Math.min(left, 1000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    List<String> outputSoFar() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    private List<String> tail(int lines) {
        return output.subList(Math.max(0, output.size() - lines), output.size());
    }

    private void captureOutput() {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(runner.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[suite] " + line);
                    synchronized (output) {
                        output.add(line);
                        output.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the runner closed its output: it has exited
            }
            synchronized (output) {
                output.notifyAll();
            }
        }, "suite-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Ctrl-C, as a developer would stop it. */
    void interrupt() {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(runner.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        if (runner.isAlive()) {
            interrupt();
            try {
                if (!runner.waitFor(90, TimeUnit.SECONDS)) {
                    runner.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
