package com.marketplace.aftersales.devstack.supervisor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a child process in its own session ({@code setsid}, where the system has it), so a Ctrl-C in the terminal
 * reaches only the runner, which then stops the children in order instead of all of them dying at once.
 */
public final class ChildLauncher {

    private static final List<Path> SETSID_LOCATIONS = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    private static final File NO_INPUT = new File("/dev/null");

    private final Optional<Path> setsid;

    public ChildLauncher() {
        this.setsid = SETSID_LOCATIONS.stream().filter(Files::isExecutable).findFirst();
    }

    public boolean detachesFromTerminal() {
        return setsid.isPresent();
    }

    public Process launch(ChildSpec spec) {
        List<String> command = new ArrayList<>();
        // --wait: should setsid ever have to fork, it still exits with the child's code instead of at once.
        setsid.ifPresent(path -> command.addAll(List.of(path.toString(), "--wait")));
        command.addAll(spec.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()));
        if (NO_INPUT.exists()) {
            builder.redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
        }
        builder.environment().putAll(spec.environment());
        try {
            Files.createDirectories(spec.logFile().getParent());
            Files.writeString(spec.logFile(), System.lineSeparator() + "===== " + OffsetDateTime.now()
                            + " starting " + spec.name() + ": " + String.join(" ", spec.command())
                            + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + spec.name() + ": " + e.getMessage(), e);
        }
    }
}
