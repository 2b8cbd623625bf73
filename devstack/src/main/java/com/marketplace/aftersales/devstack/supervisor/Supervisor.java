package com.marketplace.aftersales.devstack.supervisor;

import com.marketplace.aftersales.devstack.probe.HealthProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Keeps the service processes of a run alive and stops them in reverse start order. Once stopping has begun nothing
 * is started or restarted any more, so a child that exits during shutdown stays down.
 */
public final class Supervisor implements AutoCloseable {

    private final ChildLauncher launcher;
    private final HealthProbe probe;
    private final RestartPolicy policy;
    private final SupervisorListener listener;
    private final Duration stopGrace;
    private final ScheduledExecutorService scheduler;
    private final List<SupervisedChild> children = new ArrayList<>();
    private volatile boolean stopping;

    public Supervisor(ChildLauncher launcher, HealthProbe probe, RestartPolicy policy, SupervisorListener listener,
                      Duration stopGrace) {
        this.launcher = launcher;
        this.probe = probe;
        this.policy = policy;
        this.listener = listener;
        this.stopGrace = stopGrace;
        this.scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "supervisor");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Launches a child now.
     *
     * @return completes with the child when it is first ready; fails if it exits or is not ready in time
     */
    public synchronized CompletableFuture<SupervisedChild> start(ChildSpec spec) {
        if (stopping) {
            return CompletableFuture.failedFuture(
                    new ChildFailedException(spec.name(), "not started: the run is stopping"));
        }
        SupervisedChild child = new SupervisedChild(spec, launcher, probe, policy, listener, scheduler);
        children.add(child);
        child.launch();
        return child.firstReady();
    }

    public synchronized List<SupervisedChild> children() {
        return List.copyOf(children);
    }

    public boolean isStopping() {
        return stopping;
    }

    /** Stops every child, the last started first, each with SIGTERM and a grace period before SIGKILL. */
    @Override
    public void close() {
        List<SupervisedChild> toStop;
        synchronized (this) {
            stopping = true;
            toStop = new ArrayList<>(children);
        }
        Collections.reverse(toStop);
        for (SupervisedChild child : toStop) {
            child.stop(stopGrace);
        }
        scheduler.shutdownNow();
    }
}
