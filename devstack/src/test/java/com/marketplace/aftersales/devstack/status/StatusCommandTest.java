package com.marketplace.aftersales.devstack.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.probe.HealthProbe;
import com.marketplace.aftersales.devstack.state.ComponentKind;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private HttpServer healthyService;
    private HomeLayout layout;
    private long self;
    private Instant selfStarted;

    @BeforeEach
    void start() throws Exception {
        layout = new HomeLayout(home);
        self = ProcessHandle.current().pid();
        selfStarted = ProcessHandle.current().info().startInstant().orElse(null);
        healthyService = HttpServer.create(new InetSocketAddress(0), 4);
        healthyService.createContext("/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        healthyService.start();
    }

    @AfterEach
    void stop() {
        healthyService.stop(0);
    }

    @Test
    void everyComponentIsOneLineAndAllUpExitsZero() throws Exception {
        try (ServerSocket database = new ServerSocket(0)) {
            ComponentsFile file = new ComponentsFile(layout.componentsFile(), "http://localhost:8080");
            file.put(new ComponentRecord("postgres", ComponentKind.INFRASTRUCTURE, self, database.getLocalPort(),
                    null, selfStarted));
            file.put(service("intake-service", healthyService.getAddress().getPort()));

            int exit = run();

            assertThat(exit).isEqualTo(StatusCommand.ALL_UP);
            assertThat(lines()).containsExactly(
                    String.format("%-20s pid %-8d port %-6d UP", "postgres", self, database.getLocalPort()),
                    String.format("%-20s pid %-8d port %-6d UP", "intake-service", self,
                            healthyService.getAddress().getPort()));
        }
    }

    @Test
    void aComponentThatDoesNotAnswerIsDownAndTheExitCodeSaysSo() {
        int deadPort = com.marketplace.aftersales.devstack.ChildProcesses.freePort();
        ComponentsFile file = new ComponentsFile(layout.componentsFile(), "http://localhost:8080");
        file.put(service("intake-service", healthyService.getAddress().getPort()));
        file.put(service("gateway", deadPort));

        int exit = run();

        assertThat(exit).isEqualTo(StatusCommand.SOME_DOWN);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).startsWith("intake-service ").endsWith(" UP");
        assertThat(lines().get(1)).startsWith("gateway ").contains("port " + deadPort).endsWith(" DOWN");
    }

    @Test
    void withoutARunnerItSaysSoAndExitsThree() throws Exception {
        assertThat(run()).isEqualTo(StatusCommand.NOT_RUNNING);
        assertThat(lines()).containsExactly("aftersales is not running");

        // a file left by a runner that died is not a running stack
        Files.createDirectories(layout.runDir());
        Files.writeString(layout.componentsFile(), "{\"runnerPid\": 2147483646, \"components\": []}");
        output.reset();
        assertThat(run()).isEqualTo(StatusCommand.NOT_RUNNING);
        assertThat(lines()).containsExactly("aftersales is not running");
    }

    private ComponentRecord service(String name, int port) {
        return new ComponentRecord(name, ComponentKind.SERVICE, self, port,
                "http://localhost:" + port + "/actuator/health/readiness", selfStarted);
    }

    private int run() {
        return new StatusCommand(layout, new HealthProbe(),
                new PrintStream(output, true, StandardCharsets.UTF_8)).run();
    }

    private java.util.List<String> lines() {
        return output.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
