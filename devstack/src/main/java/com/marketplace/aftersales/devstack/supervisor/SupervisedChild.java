package com.marketplace.aftersales.devstack.supervisor;

import com.marketplace.aftersales.devstack.probe.HealthProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One child process kept alive: launched, probed until ready, relaunched with backoff when it exits, and stopped
 * gracefully. A child that exits before it was ever ready is not restarted: that is a broken build or configuration,
 * and restarting it would only hide the first error.
 */
public final class SupervisedChild {

    private final ChildSpec spec;
    private final ChildLauncher launcher;
    private final HealthProbe probe;
    private final RestartPolicy policy;
    private final SupervisorListener listener;
    private final ScheduledExecutorService scheduler;
    private final CompletableFuture<SupervisedChild> firstReady = new CompletableFuture<>();

    private volatile Process process;
    private volatile boolean stopping;
    private volatile boolean ready;
    private boolean everReady;
    private Instant launchedAt;
    private int restarts;
    private int quickFailures;

    SupervisedChild(ChildSpec spec, ChildLauncher launcher, HealthProbe probe, RestartPolicy policy,
                    SupervisorListener listener, ScheduledExecutorService scheduler) {
        this.spec = spec;
        this.launcher = launcher;
        this.probe = probe;
        this.policy = policy;
        this.listener = listener;
        this.scheduler = scheduler;
    }

    public String name() {
        return spec.name();
    }

    public ChildSpec spec() {
        return spec;
    }

    /** The current process id; empty between an exit and the restart. */
    public OptionalLong pid() {
        Process current = process;
        return current != null && current.isAlive() ? OptionalLong.of(current.pid()) : OptionalLong.empty();
    }

    /** When the current process started, to tell it from a later process that reuses its pid. */
    public Optional<Instant> processStartedAt() {
        Process current = process;
        return current == null ? Optional.empty() : current.info().startInstant();
    }

    public boolean isReady() {
        return ready && pid().isPresent();
    }

    public int restarts() {
        return restarts;
    }

    /** Completes when the child is first ready; fails if it exits or times out before that. */
    public CompletableFuture<SupervisedChild> firstReady() {
        return firstReady;
    }

    synchronized void launch() {
        if (stopping) {
            return;
        }
        Process started;
        try {
            started = launcher.launch(spec);
        } catch (RuntimeException e) {
            firstReady.completeExceptionally(new ChildFailedException(name(), e.getMessage(), e));
            if (everReady) {
                scheduleRestart(-1);
            }
            return;
        }
        process = started;
        ready = false;
        launchedAt = Instant.now();
        listener.launched(this);
        started.onExit().thenAcceptAsync(this::exited, scheduler);
        Instant deadline = launchedAt.plus(policy.readinessTimeout());
        schedule(() -> probeReadiness(started, deadline), policy.pollInterval());
    }

    /** Stops the child (SIGTERM, then SIGKILL after {@code grace}); it is not restarted afterwards. */
    void stop(Duration grace) {
        Process current;
        synchronized (this) {
            stopping = true;
            current = process;
        }
        firstReady.completeExceptionally(new ChildFailedException(name(), name() + " was stopped before it was ready"));
        if (current == null || !current.isAlive()) {
            return;
        }
        listener.stopping(this);
        List<ProcessHandle> descendants = current.descendants().toList();
        current.destroy();
        descendants.forEach(ProcessHandle::destroy);
        boolean forcibly = !waitFor(current.toHandle(), grace);
        if (forcibly) {
            current.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
            waitFor(current.toHandle(), Duration.ofSeconds(10));
        }
        descendants.forEach(d -> waitFor(d, Duration.ofSeconds(5)));
        ready = false;
        listener.stopped(this, forcibly);
    }

    private void probeReadiness(Process launched, Instant deadline) {
        if (stopping || launched != process || !launched.isAlive()) {
            return;
        }
        if (probe.isHealthy(spec.healthUrl())) {
            synchronized (this) {
                if (stopping || launched != process) {
                    return;
                }
                ready = true;
                everReady = true;
            }
            listener.ready(this);
            firstReady.complete(this);
        } else if (Instant.now().isAfter(deadline)) {
            Duration waited = policy.readinessTimeout();
            listener.notReadyInTime(this, waited);
            firstReady.completeExceptionally(new ChildFailedException(name(), name() + " was not ready within "
                    + waited.toSeconds() + " s; see " + spec.logFile()));
        } else {
            schedule(() -> probeReadiness(launched, deadline), policy.pollInterval());
        }
    }

    private synchronized void exited(Process exitedProcess) {
        if (stopping || exitedProcess != process) {
            return;
        }
        ready = false;
        int code = exitedProcess.exitValue();
        if (!everReady) {
            firstReady.completeExceptionally(new ChildFailedException(name(),
                    name() + " exited with code " + code + " before it was ready; see " + spec.logFile()));
            return;
        }
        if (Duration.between(launchedAt, Instant.now()).compareTo(policy.stableAfter()) >= 0) {
            quickFailures = 0;
        }
        scheduleRestart(code);
    }

    private void scheduleRestart(int exitCode) {
        Duration delay = policy.delayAfter(quickFailures);
        quickFailures++;
        restarts++;
        listener.restarting(this, exitCode, restarts, delay);
        schedule(this::launch, delay);
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the supervisor is shutting down; nothing more to do for this child
        }
    }

    private static boolean waitFor(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }
}
