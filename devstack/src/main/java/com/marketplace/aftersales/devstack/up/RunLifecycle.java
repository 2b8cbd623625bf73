package com.marketplace.aftersales.devstack.up;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a run has started, so it can be stopped in reverse order. Starting and stopping share one lock: a stop that
 * arrives (Ctrl-C) while something is starting waits for that start to finish and then stops it too, so nothing
 * started half-way is left behind.
 */
final class RunLifecycle {

    /** Thrown into the starting thread once a stop has been requested. */
    static final class StopRequested extends RuntimeException {
        StopRequested() {
            super("stop requested", null, false, false);
        }
    }

    private record Stage(String name, Runnable stop) {
    }

    private final Object lock = new Object();
    private final Deque<Stage> started = new ArrayDeque<>();
    private volatile boolean stopping;
    private boolean stopped;

    <T> T start(String name, Supplier<T> starter, Consumer<T> stopper) {
        synchronized (lock) {
            throwIfStopping();
            T value = starter.get();
            started.push(new Stage(name, () -> stopper.accept(value)));
            return value;
        }
    }

    boolean isStopping() {
        return stopping;
    }

    void throwIfStopping() {
        if (stopping) {
            throw new StopRequested();
        }
    }

    /**
     * Stops everything started, the last first; a stage that fails to stop does not keep the others running.
     *
     * @return false if an earlier call already stopped the run
     */
    boolean stopAll(Consumer<String> onFailure) {
        stopping = true;
        synchronized (lock) {
            if (stopped) {
                return false;
            }
            while (!started.isEmpty()) {
                Stage stage = started.pop();
                try {
                    stage.stop().run();
                } catch (RuntimeException e) {
                    onFailure.accept(stage.name() + " did not stop cleanly: " + e.getMessage());
                }
            }
            stopped = true;
            return true;
        }
    }
}
