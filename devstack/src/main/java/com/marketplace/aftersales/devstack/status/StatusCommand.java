package com.marketplace.aftersales.devstack.status;

import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.probe.HealthProbe;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.marketplace.aftersales.devstack.state.RunState;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * {@code status}: one line per component of the running stack. Exit code 0 when all are up, 1 when any is down,
 * 3 when no runner is running.
 */
public final class StatusCommand {

    public static final int ALL_UP = 0;
    public static final int SOME_DOWN = 1;
    public static final int NOT_RUNNING = 3;

    private final HomeLayout layout;
    private final HealthProbe probe;
    private final PrintStream out;

    public StatusCommand(HomeLayout layout, HealthProbe probe, PrintStream out) {
        this.layout = layout;
        this.probe = probe;
        this.out = out;
    }

    public int run() {
        Optional<RunState> state = ComponentsFile.read(layout.componentsFile());
        if (state.isEmpty() || !state.get().runnerAlive()) {
            out.println("aftersales is not running");
            return NOT_RUNNING;
        }
        List<ComponentStatus> statuses = state.get().components().stream().map(this::check).toList();
        statuses.forEach(status -> out.println(status.line()));
        return statuses.stream().allMatch(ComponentStatus::up) ? ALL_UP : SOME_DOWN;
    }

    private ComponentStatus check(ComponentRecord component) {
        boolean healthy = component.processAlive() && (component.healthUrl() == null
                ? probe.isListening(component.port())
                : probe.isHealthy(URI.create(component.healthUrl())));
        return new ComponentStatus(component, healthy);
    }
}
