package com.marketplace.aftersales.simulators;

import com.marketplace.aftersales.simulators.http.FaultInjector;
import com.marketplace.aftersales.simulators.http.Route;
import com.marketplace.aftersales.simulators.http.SimulatorHttpServer;
import java.util.List;

/**
 * What every simulator of another company's system has: an HTTP server on a port, and a behaviour (latency, failures)
 * that tests change at run time. A subclass builds its state, then {@link #listen}s with its routes.
 */
public abstract class Simulator implements AutoCloseable {

    private final FaultInjector faults;
    private SimulatorHttpServer server;

    protected Simulator(SimulatorBehaviour initial) {
        this.faults = new FaultInjector(initial);
    }

    /** Starts serving; {@code reset} forgets the simulator's state on {@code POST /sim/reset}. */
    protected final void listen(String name, int port, Runnable reset, List<Route> routes) {
        server = SimulatorHttpServer.start(name, port, faults, reset, routes);
    }

    protected final FaultInjector faults() {
        return faults;
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public SimulatorBehaviour behaviour() {
        return faults.current();
    }

    public void behave(SimulatorBehaviour behaviour) {
        faults.replace(behaviour);
    }

    @Override
    public void close() {
        server.close();
    }
}
