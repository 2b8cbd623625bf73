package com.marketplace.aftersales.devstack.supervisor;

import java.time.Duration;

/** What the supervisor reports, for the progress output and the run-state file. Called from supervisor threads. */
public interface SupervisorListener {

    void launched(SupervisedChild child);

    void ready(SupervisedChild child);

    void notReadyInTime(SupervisedChild child, Duration waited);

    void restarting(SupervisedChild child, int exitCode, int restartNumber, Duration delay);

    void stopping(SupervisedChild child);

    void stopped(SupervisedChild child, boolean forcibly);
}
