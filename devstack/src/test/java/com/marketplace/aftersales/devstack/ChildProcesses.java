package com.marketplace.aftersales.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helpers for child processes: a java command on the test classpath, free ports, and leaving nothing behind. */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /** {@code java -cp <test classpath> <mainClass>}, started the way the runner starts any child. */
    public static List<String> javaCommand(Class<?> mainClass) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass.getName());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills every process this JVM started, and everything they started. For {@code finally} blocks. */
    public static void killAllDescendants() {
        List<ProcessHandle> descendants = ProcessHandle.current().descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        descendants.forEach(ChildProcesses::awaitExit);
    }

    public static List<ProcessHandle> liveDescendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    public static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly();
            awaitExit(p);
        });
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // best effort: a test that leaks will fail its own no-leftover assertion
        }
    }
}
