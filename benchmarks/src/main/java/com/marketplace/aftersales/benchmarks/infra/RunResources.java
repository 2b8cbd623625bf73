package com.marketplace.aftersales.benchmarks.infra;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Everything a run started, stopped in reverse order exactly once: at the end of the run, on a failure, or from the
 * JVM's shutdown hook on Ctrl-C / SIGTERM. Then the run's temporary directory is deleted and the run checks that no
 * process it started is left.
 */
public final class RunResources implements AutoCloseable {

    /** How to stop one resource. */
    @FunctionalInterface
    public interface Stopper<T> {
        void stop(T resource) throws Exception;
    }

    private record Registered(String name, Runnable stop) {
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private final Path tempDir;
    private final Progress progress;
    private final Deque<Registered> registered = new ArrayDeque<>();
    private final Thread hook;
    private volatile Runnable onInterrupt = () -> { };
    private boolean closed;

    private RunResources(Path tempDir, Progress progress) {
        this.tempDir = tempDir;
        this.progress = progress;
        this.hook = new Thread(this::interrupted, "benchmark-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public static RunResources create(String prefix, Progress progress) {
        try {
            return new RunResources(Files.createTempDirectory(prefix), progress);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    public Path tempDir() {
        return tempDir;
    }

    /** Runs before the cleanup when the JVM is asked to exit mid-run (write what was measured so far). */
    public void onInterrupt(Runnable action) {
        this.onInterrupt = action;
    }

    public synchronized <T> T register(String name, T resource, Stopper<T> stopper) {
        if (closed) {
            // Ctrl-C came while this was starting: stop it at once rather than leak it.
            stopQuietly(name, () -> stopper.stop(resource));
            throw new IllegalStateException("The run is stopping");
        }
        registered.push(new Registered(name, () -> stopQuietly(name, () -> stopper.stop(resource))));
        return resource;
    }

    public synchronized boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        while (true) {
            Registered next;
            synchronized (this) {
                next = registered.poll();
            }
            if (next == null) {
                break;
            }
            next.stop().run();
        }
        deleteRecursively(tempDir);
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        if (left.isEmpty()) {
            progress.line("cleanup", "stopped everything; nothing left running; %s deleted", tempDir);
        } else {
            left.forEach(ProcessHandle::destroyForcibly);
            progress.line("cleanup", "killed %d leftover process(es): %s", left.size(),
                    left.stream().map(p -> p.pid() + " " + p.info().command().orElse("?")).toList());
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: this is the hook
        }
    }

    private void interrupted() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        progress.line("cleanup", "interrupted: writing what was measured, then stopping everything");
        try {
            onInterrupt.run();
        } catch (RuntimeException e) {
            progress.line("cleanup", "could not write the partial results: %s", e.getMessage());
        }
        close();
    }

    private void stopQuietly(String name, Action action) {
        try {
            action.run();
        } catch (Exception e) {
            progress.line("cleanup", "stopping %s failed: %s", name, e.getMessage());
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a file held by a process that is still going away; the OS temp cleanup takes the rest
        }
    }
}
