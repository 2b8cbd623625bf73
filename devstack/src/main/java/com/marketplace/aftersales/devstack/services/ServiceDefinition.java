package com.marketplace.aftersales.devstack.services;

import com.marketplace.aftersales.contracts.Component;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One service of the suite as the runner starts it: its module (built to {@code <module>/target/<module>.jar}), its
 * default port and, if it has one, its database.
 */
public record ServiceDefinition(Component component, int defaultPort, Optional<String> database) {

    public String name() {
        return component.serviceName();
    }

    public Path jar(Path repo) {
        return repo.resolve(name()).resolve("target").resolve(name() + ".jar");
    }
}
