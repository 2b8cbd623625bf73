package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Ctrl-C stops everything the runner started, the embedded PostgreSQL included, and leaves no process behind. */
@Order(99)
class ShutdownSystemIT {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void ctrlCLeavesNothingRunning() throws Exception {
        List<Long> pids = pidsFromStatus();
        assertThat(pids).hasSizeGreaterThanOrEqualTo(RunnerSystemIT.COMPONENTS.size() - 3);

        suite.interrupt();

        assertThat(suite.runner.waitFor(2, TimeUnit.MINUTES)).as("the runner exits").isTrue();
        assertThat(suite.outputSoFar()).anyMatch(line -> line.contains("stopped; nothing left running"));
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("pid %s", pid).isFalse();
        }
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(suite.home.toString())).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList()).as("processes still using the suite's home").isEmpty();
        assertThat(portOpen(suite.postgresPort())).as("PostgreSQL port").isFalse();
        assertThat(suite.status().output()).contains("not running");
    }

    private List<Long> pidsFromStatus() {
        Matcher matcher = Pattern.compile("(?m)^\\s*[a-z-]+\\s+pid\\s+(\\d+)\\s+port\\s+\\d+\\s+UP").matcher(suite.status().output());
        List<Long> pids = new java.util.ArrayList<>();
        while (matcher.find()) {
            pids.add(Long.parseLong(matcher.group(1)));
        }
        return pids.stream().distinct().toList();
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new java.net.InetSocketAddress("localhost", port), (int) Duration.ofSeconds(1).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
