package com.marketplace.aftersales.devstack.up;

import com.marketplace.aftersales.devstack.state.ComponentKind;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.supervisor.SupervisedChild;
import com.marketplace.aftersales.devstack.supervisor.SupervisorListener;
import java.time.Duration;

/** Shows what the supervisor does on the console and keeps {@code components.json} in step with it. */
final class ServiceProgress implements SupervisorListener {

    private final RunContext run;

    ServiceProgress(RunContext run) {
        this.run = run;
    }

    @Override
    public void launched(SupervisedChild child) {
        child.pid().ifPresent(run::track);
        record(child);
        run.progress().action(child.name(), "starting..." + child.pid().stream()
                .mapToObj(pid -> "  pid " + pid).findFirst().orElse(""));
    }

    @Override
    public void ready(SupervisedChild child) {
        run.progress().up(child.name(), child.pid().orElse(-1), child.spec().port());
    }

    @Override
    public void notReadyInTime(SupervisedChild child, Duration waited) {
        run.progress().state(child.name(), "DOWN",
                "not ready within " + waited.toSeconds() + " s; see " + child.spec().logFile());
    }

    @Override
    public void restarting(SupervisedChild child, int exitCode, int restartNumber, Duration delay) {
        run.progress().line(child.name() + " exited with code " + exitCode + "; restarting (restart #"
                + restartNumber + ") in " + delay.toMillis() / 1000.0 + " s");
    }

    @Override
    public void stopping(SupervisedChild child) {
        run.progress().action(child.name(), "stopping...");
    }

    @Override
    public void stopped(SupervisedChild child, boolean forcibly) {
        run.components().remove(child.name());
        run.progress().state(child.name(), "DOWN", forcibly ? "killed: it did not stop within the grace period" : "");
    }

    private void record(SupervisedChild child) {
        run.components().put(new ComponentRecord(child.name(), ComponentKind.SERVICE, child.pid().orElse(-1),
                child.spec().port(), child.spec().healthUrl().toString(), child.processStartedAt().orElse(null)));
    }
}
