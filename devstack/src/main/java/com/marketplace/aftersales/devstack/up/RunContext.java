package com.marketplace.aftersales.devstack.up;

import com.marketplace.aftersales.devstack.config.Settings;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the steps of one {@code up} share: settings, console, the run-state file, and every pid they started. */
final class RunContext {

    private final Settings settings;
    private final Progress progress;
    private final ComponentsFile components;
    private final RunLifecycle lifecycle = new RunLifecycle();
    private final Set<ProcessHandle> startedProcesses = ConcurrentHashMap.newKeySet();

    RunContext(Settings settings, Progress progress, ComponentsFile components) {
        this.settings = settings;
        this.progress = progress;
        this.components = components;
    }

    Settings settings() {
        return settings;
    }

    Progress progress() {
        return progress;
    }

    ComponentsFile components() {
        return components;
    }

    RunLifecycle lifecycle() {
        return lifecycle;
    }

    long runnerPid() {
        return ProcessHandle.current().pid();
    }

    /** Remembers a process outside this JVM, to prove at the end that it is gone. */
    void track(long pid) {
        ProcessHandle.of(pid).ifPresent(startedProcesses::add);
    }

    Set<ProcessHandle> startedProcesses() {
        return Set.copyOf(startedProcesses);
    }
}
