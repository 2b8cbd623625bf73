package com.marketplace.aftersales.devstack.state;

import java.time.Instant;
import java.util.List;

/** The content of {@code components.json}: who runs the stack and what it runs. */
public record RunState(long runnerPid, Instant runnerStarted, String gatewayUrl, List<ComponentRecord> components) {

    public RunState {
        components = List.copyOf(components);
    }

    public boolean runnerAlive() {
        return new ComponentRecord("runner", ComponentKind.INFRASTRUCTURE, runnerPid, 0, null, runnerStarted)
                .processAlive();
    }
}
