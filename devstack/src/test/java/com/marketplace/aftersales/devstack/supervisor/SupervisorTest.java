package com.marketplace.aftersales.devstack.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.devstack.ChildProcesses;
import com.marketplace.aftersales.devstack.FakeService;
import com.marketplace.aftersales.devstack.probe.HealthProbe;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorTest {

    private static final RestartPolicy FAST = new RestartPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMillis(100));

    @TempDir
    Path dir;

    private final RecordingListener events = new RecordingListener();

    @AfterEach
    void leaveNothingRunning() {
        ChildProcesses.killAllDescendants();
    }

    @Test
    void aChildThatDiesIsRestartedAndEveryChildIsStoppedOnClose() throws Exception {
        Supervisor supervisor = supervisor();
        SupervisedChild child;
        try {
            child = supervisor.start(fakeService("intake-service", Map.of())).get(30, TimeUnit.SECONDS);
            long firstPid = child.pid().orElseThrow();

            ChildProcesses.kill(firstPid);

            await().atMost(Duration.ofSeconds(30)).until(() -> child.isReady()
                    && child.pid().isPresent() && child.pid().getAsLong() != firstPid);
            assertThat(events.all()).contains("restarting intake-service code 137 #1");
            assertThat(child.restarts()).isEqualTo(1);
        } finally {
            supervisor.close();
        }
        assertThat(child.pid()).isEmpty();
        assertThat(ChildProcesses.liveDescendants()).isEmpty();
        assertThat(events.all()).endsWith("stopped intake-service");
    }

    @Test
    void childrenAreStoppedInReverseStartOrderAndNothingIsRestartedWhileStopping() throws Exception {
        Supervisor supervisor = supervisor();
        try {
            supervisor.start(fakeService("first", Map.of())).get(30, TimeUnit.SECONDS);
            supervisor.start(fakeService("second", Map.of())).get(30, TimeUnit.SECONDS);
        } finally {
            supervisor.close();
        }

        assertThat(events.all()).filteredOn(e -> e.startsWith("stopping") || e.startsWith("stopped"))
                .containsExactly("stopping second", "stopped second", "stopping first", "stopped first");
        assertThat(events.all()).noneMatch(e -> e.startsWith("restarting"));
        assertThat(ChildProcesses.liveDescendants()).isEmpty();
    }

    @Test
    void aChildThatExitsBeforeItIsReadyFailsItsStartAndIsNotRestarted() {
        Supervisor supervisor = supervisor();
        try {
            assertThatThrownBy(() -> supervisor.start(fakeService("broken", Map.of("FAKE_SERVICE_EXIT_CODE", "3")))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ChildFailedException.class)
                    .hasMessageContaining("broken exited with code 3 before it was ready");
        } finally {
            supervisor.close();
        }
        assertThat(events.all()).containsExactly("launched broken");
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        RestartPolicy policy = RestartPolicy.standard(Duration.ofSeconds(180));

        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 20)).map(policy::delayAfter).map(Duration::toSeconds)
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    private Supervisor supervisor() {
        return new Supervisor(new ChildLauncher(), new HealthProbe(), FAST, events, Duration.ofSeconds(10));
    }

    private ChildSpec fakeService(String name, Map<String, String> extraEnv) {
        int port = ChildProcesses.freePort();
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("AFTERSALES_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
        return new ChildSpec(name, ChildProcesses.javaCommand(FakeService.class), env, port,
                URI.create("http://localhost:" + port + "/actuator/health/readiness"), dir.resolve(name + ".log"), dir);
    }

    private static final class RecordingListener implements SupervisorListener {
        private final List<String> events = new CopyOnWriteArrayList<>();

        List<String> all() {
            return List.copyOf(events);
        }

        @Override
        public void launched(SupervisedChild child) {
            events.add("launched " + child.name());
        }

        @Override
        public void ready(SupervisedChild child) {
            events.add("ready " + child.name());
        }

        @Override
        public void notReadyInTime(SupervisedChild child, Duration waited) {
            events.add("not ready " + child.name());
        }

        @Override
        public void restarting(SupervisedChild child, int exitCode, int restartNumber, Duration delay) {
            events.add("restarting " + child.name() + " code " + exitCode + " #" + restartNumber);
        }

        @Override
        public void stopping(SupervisedChild child) {
            events.add("stopping " + child.name());
        }

        @Override
        public void stopped(SupervisedChild child, boolean forcibly) {
            events.add("stopped " + child.name());
        }
    }
}
