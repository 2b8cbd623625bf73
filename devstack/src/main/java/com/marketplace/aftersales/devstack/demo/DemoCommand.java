package com.marketplace.aftersales.devstack.demo;

import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.config.Ports;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.marketplace.aftersales.devstack.state.RunState;
import com.marketplace.aftersales.devstack.status.StatusCommand;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code demo}: plays the walking skeleton against the running suite, through its gateway, and prints each step with
 * the status the app shows. Exit code 0 when the case was closed, 1 when a step failed or timed out, 3 when no
 * runner is running.
 */
public final class DemoCommand {

    public static final String STEP_TIMEOUT_VARIABLE = "AFTERSALES_DEMO_STEP_TIMEOUT_SECONDS";
    public static final Duration DEFAULT_STEP_TIMEOUT = DemoTiming.DEFAULT_STEP_TIMEOUT;

    private final HomeLayout layout;
    private final Ports ports;
    private final Duration stepTimeout;
    private final PrintStream out;

    /** @param ports where Kafka is when the run's {@code components.json} does not say (it always does) */
    public DemoCommand(HomeLayout layout, Ports ports, Duration stepTimeout, PrintStream out) {
        this.layout = layout;
        this.ports = ports;
        this.stepTimeout = stepTimeout;
        this.out = out;
    }

    public int run() {
        Optional<RunState> state = ComponentsFile.read(layout.componentsFile()).filter(RunState::runnerAlive);
        if (state.isEmpty()) {
            out.println("aftersales is not running; start it with ./aftersales up");
            return StatusCommand.NOT_RUNNING;
        }
        Optional<ComponentRecord> gateway = component(state.get(), ServiceCatalogue.GATEWAY.name());
        if (gateway.isEmpty()) {
            out.println("the gateway is not part of this run (was it started with --only?); the demo goes through"
                    + " the gateway, as the app does");
            return WalkingSkeleton.FAILED;
        }
        String gatewayUrl = state.get().gatewayUrl() != null ? state.get().gatewayUrl()
                : "http://localhost:" + gateway.get().port();
        String kafka = "localhost:" + component(state.get(), Ports.KAFKA).map(ComponentRecord::port)
                .orElse(ports.of(Ports.KAFKA));
        int exit = new WalkingSkeleton(new GatewayClient(gatewayUrl),
                order -> DemoOrderPublisher.publish(kafka, order),
                new DemoPrinter(out, ZoneId.systemDefault()),
                DemoTiming.withStepTimeout(stepTimeout),
                Clock.systemUTC()).play();
        if (exit != WalkingSkeleton.FINISHED) {
            out.println("the services' logs: " + layout.logsDir() + " (./aftersales status shows what is up)");
        }
        return exit;
    }

    private static Optional<ComponentRecord> component(RunState state, String name) {
        return state.components().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
