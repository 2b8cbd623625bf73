package com.marketplace.aftersales.devstack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static final Set<String> OPTIONS = Set.of("repo", "home", "only", "port-offset", "startup-timeout");

    @TempDir
    Path repo;

    @Test
    void defaultsComeFromTheRepositoryAndTheEnvironmentCanOverrideThem() {
        Settings defaults = resolve(Map.of(), "up", "--repo", repo.toString());

        assertThat(defaults.layout().home()).isEqualTo(repo.resolve(".aftersales"));
        assertThat(defaults.layout().componentsFile()).isEqualTo(repo.resolve(".aftersales/run/components.json"));
        assertThat(defaults.layout().postgresData()).isEqualTo(repo.resolve(".aftersales/data/postgres"));
        assertThat(defaults.ports().of("gateway")).isEqualTo(8080);
        assertThat(defaults.only()).isEmpty();
        assertThat(defaults.startupTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(defaults.stopGrace()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.serviceJavaOptions()).containsExactly("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

        Settings fromEnv = resolve(Map.of("AFTERSALES_HOME", "/tmp/elsewhere", "AFTERSALES_PORT_OFFSET", "100",
                "AFTERSALES_SERVICE_JAVA_OPTS", " -Xmx512m  -XX:+UseG1GC "), "up", "--repo", repo.toString());
        assertThat(fromEnv.layout().home()).isEqualTo(Path.of("/tmp/elsewhere"));
        assertThat(fromEnv.ports().of("gateway")).isEqualTo(8180);
        assertThat(fromEnv.serviceJavaOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        Settings settings = resolve(Map.of("AFTERSALES_PORT_OFFSET", "100", "AFTERSALES_HOME", "/tmp/elsewhere"),
                "up", "--repo", repo.toString(), "--home", "home", "--port-offset=7", "--only", "",
                "--startup-timeout", "30");

        assertThat(settings.layout().home()).isEqualTo(repo.resolve("home"));
        assertThat(settings.ports().of("gateway")).isEqualTo(8087);
        assertThat(settings.only()).contains("");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void mistakesAreReportedNotIgnored() {
        assertThatThrownBy(() -> resolve(Map.of(), "up", "--prot-offset", "1"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--prot-offset");
        assertThatThrownBy(() -> resolve(Map.of(), "up", "--only"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--only needs a value");
        assertThatThrownBy(() -> resolve(Map.of("AFTERSALES_PORT_OFFSET", "ten"), "up", "--repo", repo.toString()))
                .isInstanceOf(UsageException.class).hasMessageContaining("AFTERSALES_PORT_OFFSET");
        assertThatThrownBy(() -> resolve(Map.of(), "up", "stray"))
                .isInstanceOf(UsageException.class).hasMessageContaining("stray");
        assertThat(CommandLine.parse(new String[0], OPTIONS, Set.of()).command()).isEqualTo("help");
        assertThat(resolve(Map.of(), "status", "--repo", repo.toString()).only()).isEqualTo(Optional.empty());
    }

    @Test
    void onlyTheCommandsThatTakePlainArgumentsAcceptThem() {
        CommandLine replay = CommandLine.parse(new String[] {"dlt-replay", "intake", "--home", "h"}, OPTIONS,
                Set.of(), Set.of("dlt-replay"));
        assertThat(replay.requireArguments("<service>")).containsExactly("intake");
        assertThat(replay.option("home")).contains("h");

        assertThatThrownBy(() -> CommandLine.parse(new String[] {"dlt-replay"}, OPTIONS, Set.of(),
                Set.of("dlt-replay")).requireArguments("<service>"))
                .isInstanceOf(UsageException.class).hasMessage("dlt-replay needs <service>");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"dlt-replay", "intake", "case-view"}, OPTIONS,
                Set.of(), Set.of("dlt-replay")).requireArguments("<service>"))
                .isInstanceOf(UsageException.class).hasMessage("Unexpected argument 'case-view'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"status", "intake"}, OPTIONS, Set.of(),
                Set.of("dlt-replay")))
                .isInstanceOf(UsageException.class).hasMessage("Unexpected argument 'intake'");
    }

    private static Settings resolve(Map<String, String> env, String... args) {
        return Settings.resolve(CommandLine.parse(args, OPTIONS, Set.of()), env, ServiceCatalogue.defaultPorts());
    }
}
