package com.marketplace.aftersales.devstack.services;

import com.marketplace.aftersales.devstack.config.Settings;
import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import com.marketplace.aftersales.devstack.supervisor.ChildSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns a service of the catalogue into the process the supervisor runs: {@code java <opts> -jar <jar>}. */
public final class ServiceLaunch {

    public static final String READINESS_PATH = "/actuator/health/readiness";

    private ServiceLaunch() {
    }

    public static ChildSpec specFor(ServiceDefinition service, Settings settings, DevJwtKeys keys, long runnerPid) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(settings.serviceJavaOptions());
        command.add("-jar");
        command.add(service.jar(settings.repo()).toString());
        int port = settings.ports().of(service.name());
        return new ChildSpec(service.name(), command,
                ServiceEnvironment.of(service, settings.ports(), keys, settings.layout(), runnerPid), port,
                URI.create("http://localhost:" + port + READINESS_PATH),
                settings.layout().logFile(service.name()), settings.repo());
    }

    /** The services whose jar has not been built. */
    public static List<ServiceDefinition> missingJars(List<ServiceDefinition> services, Path repo) {
        return services.stream().filter(s -> !Files.isRegularFile(s.jar(repo))).toList();
    }

    /** The same Java that runs the runner, so a machine needs only one JDK. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
