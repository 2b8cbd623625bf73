package com.marketplace.aftersales.devstack.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs detached: if the JVM that started it was killed, the server outlives it. Before a new
 * start on the same data directory, stop the old server (fast shutdown via SIGINT, which PostgreSQL treats as
 * "fast": roll back open transactions, checkpoint, exit).
 */
final class StalePostgres {

    private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);

    private StalePostgres() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (server.isEmpty() || !server.get().isAlive()
                || !server.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
            return;
        }
        log.warn("A PostgreSQL left by an earlier run (pid {}) holds {}; stopping it", server.get().pid(), dataDir);
        new ProcessBuilder("kill", "-INT", String.valueOf(server.get().pid())).inheritIO().start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (server.get().isAlive() && Instant.now().isBefore(deadline)) {
            server.get().onExit().orTimeout(1, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        if (server.get().isAlive()) {
            server.get().destroyForcibly();
        }
    }
}
