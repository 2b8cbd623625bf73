package com.marketplace.aftersales.benchmarks.infra;

import com.marketplace.aftersales.devstack.config.CommandLine;
import com.marketplace.aftersales.devstack.config.UsageException;
import com.marketplace.aftersales.devstack.infra.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The child JVM that runs the benchmark's Kafka broker ({@code benchmarks.jar kafka-broker ...}). The broker gets a
 * process of its own so its CPU time can be read from {@code /proc} and counted as part of what the monitor costs,
 * apart from the load generator and the measuring consumer. It exits when the benchmark that started it is gone.
 */
public final class KafkaBrokerProcess {

    public static final String COMMAND = "kafka-broker";

    private KafkaBrokerProcess() {
    }

    public static int run(String[] args) throws InterruptedException {
        CommandLine commandLine = CommandLine.parse(args, Set.of("data-dir", "port", "controller-port", "parent-pid"),
                Set.of());
        Path dataDir = Path.of(commandLine.option("data-dir").orElseThrow(() -> new UsageException("--data-dir")));
        int port = Integer.parseInt(commandLine.option("port").orElse("0"));
        int controllerPort = Integer.parseInt(commandLine.option("controller-port").orElse("0"));
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, port, controllerPort);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-stop"));
        commandLine.option("parent-pid").map(Long::parseLong).ifPresent(parentPid -> {
            var parent = ProcessHandle.of(parentPid);
            if (parent.isEmpty()) {
                System.exit(0);
            }
            parent.get().onExit().thenRun(() -> System.exit(0));
        });
        System.out.println("kafka broker ready on " + broker.bootstrapServers());
        new CountDownLatch(1).await();
        return 0;
    }
}
