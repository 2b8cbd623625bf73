package com.marketplace.aftersales.devstack.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one invocation of the runner works with, resolved once from the command line (first), the environment
 * (second) and the defaults. Nothing else reads the environment for these values.
 */
public record Settings(
        Path repo,
        HomeLayout layout,
        Ports ports,
        Optional<String> only,
        Duration startupTimeout,
        Duration stopGrace,
        List<String> serviceJavaOptions,
        int parallelStarts,
        Map<String, String> environment) {

    public static final String DEFAULT_SERVICE_JAVA_OPTS =
            "-Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError";

    /** @param serviceDefaultPorts each service's default port, by name */
    public static Settings resolve(CommandLine commandLine, Map<String, String> env,
                                   Map<String, Integer> serviceDefaultPorts) {
        Path repo = Path.of(commandLine.option("repo").orElse(".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(repo)) {
            throw new UsageException("--repo " + repo + " is not a directory");
        }
        Path home = commandLine.option("home").or(() -> nonBlank(env.get("AFTERSALES_HOME")))
                .map(Path::of)
                .map(p -> p.isAbsolute() ? p : repo.resolve(p))
                .orElse(repo.resolve(".aftersales"));
        int offset = intValue("--port-offset / AFTERSALES_PORT_OFFSET",
                commandLine.option("port-offset").orElse(env.get("AFTERSALES_PORT_OFFSET")), 0);
        int startupSeconds = intValue("--startup-timeout / AFTERSALES_STARTUP_TIMEOUT_SECONDS",
                commandLine.option("startup-timeout").orElse(env.get("AFTERSALES_STARTUP_TIMEOUT_SECONDS")), 180);
        int stopSeconds = intValue("AFTERSALES_STOP_GRACE_SECONDS", env.get("AFTERSALES_STOP_GRACE_SECONDS"), 20);
        int parallel = intValue("AFTERSALES_PARALLEL_STARTS", env.get("AFTERSALES_PARALLEL_STARTS"),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        String javaOpts = nonBlank(env.get("AFTERSALES_SERVICE_JAVA_OPTS")).orElse(DEFAULT_SERVICE_JAVA_OPTS);
        if (startupSeconds < 1 || stopSeconds < 1 || parallel < 1) {
            throw new UsageException("Timeouts and AFTERSALES_PARALLEL_STARTS must be at least 1");
        }
        return new Settings(repo, new HomeLayout(home), Ports.resolve(serviceDefaultPorts, offset, env),
                commandLine.option("only"), Duration.ofSeconds(startupSeconds), Duration.ofSeconds(stopSeconds),
                Arrays.stream(javaOpts.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList(), parallel,
                Map.copyOf(env));
    }

    public static int intValue(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, was '" + raw + "'");
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
