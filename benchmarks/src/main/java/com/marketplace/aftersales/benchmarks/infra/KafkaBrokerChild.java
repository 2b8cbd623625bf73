package com.marketplace.aftersales.benchmarks.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The benchmark's Kafka broker: devstack's embedded KRaft broker in a child JVM of its own. */
public final class KafkaBrokerChild {

    public static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError");

    private final Process process;
    private final int port;
    private final Path logFile;

    private KafkaBrokerChild(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** @param port 0 picks a free one */
    public static KafkaBrokerChild start(Path dataDir, int port, Path logFile, Duration timeout) {
        int[] free = JavaChild.freePorts(2);
        int clientPort = port == 0 ? free[0] : port;
        List<String> command = JavaChild.selfCommand(JVM_OPTIONS, List.of(KafkaBrokerProcess.COMMAND,
                "--data-dir", dataDir.toAbsolutePath().toString(), "--port", String.valueOf(clientPort),
                "--controller-port", String.valueOf(free[1]), "--parent-pid", String.valueOf(ProcessHandle.current().pid())));
        Process process = JavaChild.launch("kafka broker", command, Map.of(), logFile, dataDir.getParent());
        KafkaBrokerChild broker = new KafkaBrokerChild(process, clientPort, logFile);
        try {
            broker.awaitReady(timeout);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void stop() throws InterruptedException {
        JavaChild.stop(process, Duration.ofSeconds(60));
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The Kafka broker exited with code " + process.exitValue()
                            + ":\n" + JavaChild.tail(logFile, 30));
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    Thread.sleep(250);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        }
        throw new IllegalStateException("The Kafka broker was not ready within " + timeout + ":\n"
                + JavaChild.tail(logFile, 30));
    }
}
