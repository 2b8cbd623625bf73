package com.marketplace.aftersales.devstack.up;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.devstack.config.CommandLine;
import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.config.Settings;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import com.marketplace.aftersales.devstack.state.RunnerLock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reasons {@code up} refuses to start, checked before anything is started. */
class UpPreflightTest {

    @TempDir
    Path repo;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void missingServiceJarsAreListedWithTheBuildCommand() throws Exception {
        Files.createDirectories(repo.resolve("gateway/target"));
        Files.writeString(repo.resolve("gateway/target/gateway.jar"), "not really a jar");

        int exit = up("--only", "intake,gateway");

        assertThat(exit).isEqualTo(UpCommand.FAILED);
        assertThat(output()).contains("not built yet", "intake-service",
                repo.resolve("intake-service/target/intake-service.jar").toString(),
                "./mvnw -B -DskipTests package", "--only 'gateway'")
                .doesNotContain("gateway.jar");
        assertThat(Files.exists(new HomeLayout(repo.resolve(".aftersales")).componentsFile())).isFalse();
    }

    @Test
    void aTakenPortIsNamedWithItsComponent() throws Exception {
        int offset = FreePortOffset.find();
        try (ServerSocket kafka = new ServerSocket()) {
            kafka.bind(new InetSocketAddress(19092 + offset));

            int exit = up("--only", "", "--port-offset", String.valueOf(offset));

            assertThat(exit).isEqualTo(UpCommand.FAILED);
            assertThat(output()).contains("ports already in use: " + (19092 + offset) + " (kafka)",
                    "AFTERSALES_PORT_OFFSET");
        }
    }

    @Test
    void aSecondRunnerOnTheSameHomeRefuses() {
        HomeLayout layout = new HomeLayout(repo.resolve(".aftersales"));
        try (RunnerLock running = RunnerLock.tryAcquire(layout.lockFile()).orElseThrow()) {
            int exit = up("--only", "");

            assertThat(exit).isEqualTo(UpCommand.FAILED);
            assertThat(output()).contains("aftersales is already running", "./aftersales stop");
        }
    }

    private int up(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "up";
        args[1] = "--repo";
        args[2] = repo.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        Settings settings = Settings.resolve(
                CommandLine.parse(args, Set.of("repo", "home", "only", "port-offset"), Set.of()), Map.of(),
                ServiceCatalogue.defaultPorts());
        return new UpCommand(settings, new PrintStream(output, true, StandardCharsets.UTF_8)).run();
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
