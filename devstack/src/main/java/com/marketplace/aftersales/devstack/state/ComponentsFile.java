package com.marketplace.aftersales.devstack.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code $AFTERSALES_HOME/run/components.json}: what the runner has running, rewritten (atomically, so a reader never
 * sees half a file) on every change, and deleted when the run stops.
 */
public final class ComponentsFile {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final long runnerPid;
    private final Instant runnerStarted;
    private final String gatewayUrl;
    private final Map<String, ComponentRecord> components = new LinkedHashMap<>();

    public ComponentsFile(Path file, String gatewayUrl) {
        this.file = file;
        ProcessHandle self = ProcessHandle.current();
        this.runnerPid = self.pid();
        this.runnerStarted = self.info().startInstant().orElse(null);
        this.gatewayUrl = gatewayUrl;
    }

    public static Optional<RunState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readValue(file.toFile(), RunState.class));
        } catch (JacksonException e) {
            return Optional.empty(); // not ours or damaged: treated as no run
        }
    }

    public synchronized void put(ComponentRecord component) {
        components.put(component.name(), component);
        write();
    }

    public synchronized void remove(String name) {
        if (components.remove(name) != null) {
            write();
        }
    }

    public synchronized void write() {
        RunState state = new RunState(runnerPid, runnerStarted, gatewayUrl, components.values().stream().toList());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            MAPPER.writeValue(temporary.toFile(), state);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public synchronized void delete() {
        components.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
