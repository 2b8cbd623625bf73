package com.marketplace.aftersales.benchmarks.infra;

import com.marketplace.aftersales.benchmarks.Benchmarks;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts a JVM as a child process of the benchmark: with the same {@code java} the benchmark runs on, in its own
 * session ({@code setsid}, so a Ctrl-C reaches only the benchmark, which then stops its children in order), output
 * appended to a log file, and an environment cleaned of the developer's settings that would change what is measured.
 */
public final class JavaChild {

    /**
     * Inherited variables that configure the services or the JVM: an exported {@code AFTERSALES_SLA_TIME_SCALE} or
     * {@code JAVA_TOOL_OPTIONS} would silently change the benchmark. The run sets what it needs itself.
     */
    private static final List<String> SCRUBBED_PREFIXES = List.of("AFTERSALES_", "SPRING_", "SERVER_", "MANAGEMENT_",
            "LOGGING_");
    private static final Set<String> SCRUBBED_NAMES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private JavaChild() {
    }

    /** The {@code java} executable of this JVM. */
    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The command that runs this benchmark jar (or, from an IDE, its classes) with a subcommand. */
    public static List<String> selfCommand(List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            command.addAll(List.of("-jar", Path.of(classPath).toAbsolutePath().toString()));
        } else {
            command.addAll(List.of("-cp", classPath, Benchmarks.class.getName()));
        }
        command.addAll(arguments);
        return command;
    }

    public static Process launch(String name, List<String> command, Map<String, String> environment, Path logFile,
                                 Path workingDirectory) {
        List<String> full = new ArrayList<>();
        Optional<Path> setsid = SETSID.stream().filter(Files::isExecutable).findFirst();
        // --wait: should setsid have to fork, it still exits with the child's code (and the pid stays the JVM's parent)
        setsid.ifPresent(path -> full.addAll(List.of(path.toString(), "--wait")));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> SCRUBBED_NAMES.contains(key)
                || SCRUBBED_PREFIXES.stream().anyMatch(key::startsWith));
        env.putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "===== " + OffsetDateTime.now() + " starting " + name + ": "
                            + String.join(" ", full) + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The last lines of a child's log, to show why it failed. */
    public static String tail(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops a child: SIGTERM, then SIGKILL after the grace period. */
    public static void stop(Process process, java.time.Duration grace) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Distinct free ports: all sockets are held open together, or the OS may hand out the same port twice. */
    public static int[] freePorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException e) {
                        // released with the process anyway
                    }
                }
            }
        }
    }
}
