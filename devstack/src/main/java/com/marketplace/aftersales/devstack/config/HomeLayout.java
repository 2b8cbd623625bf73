package com.marketplace.aftersales.devstack.config;

import java.nio.file.Path;

/**
 * Where a run keeps its files, under {@code $AFTERSALES_HOME} (default {@code <repo>/.aftersales}): data that
 * survives restarts, the dev signing keys, one log per child process, and the run state other commands read.
 */
public record HomeLayout(Path home) {

    public HomeLayout {
        home = home.toAbsolutePath().normalize();
    }

    public Path postgresData() {
        return home.resolve("data").resolve("postgres");
    }

    public Path kafkaData() {
        return home.resolve("data").resolve("kafka");
    }

    /** Kafka Streams state of the sla-monitor: kept between runs so a restart restores locally, not from Kafka. */
    public Path slaMonitorState() {
        return home.resolve("data").resolve("sla-monitor");
    }

    public Path keysDir() {
        return home.resolve("keys");
    }

    public Path logsDir() {
        return home.resolve("logs");
    }

    public Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    public Path runDir() {
        return home.resolve("run");
    }

    /** The running components, rewritten on every change; read by {@code status}. */
    public Path componentsFile() {
        return runDir().resolve("components.json");
    }

    /** Held (an OS file lock) by the runner for as long as it lives, so two runners cannot share one home. */
    public Path lockFile() {
        return runDir().resolve("runner.lock");
    }
}
