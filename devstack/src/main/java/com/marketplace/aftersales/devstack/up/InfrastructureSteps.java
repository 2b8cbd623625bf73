package com.marketplace.aftersales.devstack.up;

import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.config.Ports;
import com.marketplace.aftersales.devstack.demo.DemoOrderPublisher;
import com.marketplace.aftersales.devstack.infra.EmbeddedKafkaBroker;
import com.marketplace.aftersales.devstack.infra.EmbeddedPostgresServer;
import com.marketplace.aftersales.devstack.infra.TopicProvisioner;
import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import com.marketplace.aftersales.devstack.state.ComponentKind;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.carrier.CarrierSimulator;
import com.marketplace.aftersales.simulators.payment.PaymentSimulator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Everything the services need before they start: PostgreSQL, Kafka and its topics, the simulators, keys, orders. */
final class InfrastructureSteps {

    private final RunContext run;
    private final Progress progress;
    private final Ports ports;
    private final HomeLayout layout;

    InfrastructureSteps(RunContext run) {
        this.run = run;
        this.progress = run.progress();
        this.ports = run.settings().ports();
        this.layout = run.settings().layout();
    }

    void startPostgres() {
        progress.action(Ports.POSTGRES, "starting...");
        // Durable (synchronous_commit on), data kept between runs, stopped by us after the services, not by a hook.
        EmbeddedPostgresServer postgres = run.lifecycle().start(Ports.POSTGRES,
                () -> EmbeddedPostgresServer.start(layout.postgresData(), ports.of(Ports.POSTGRES), true, true, false,
                        layout.logFile(Ports.POSTGRES)),
                server -> stopping(Ports.POSTGRES, () -> closeAndAwaitExit(server)));
        long pid = postgres.pid().orElse(-1);
        run.track(pid);
        for (String database : ServiceCatalogue.databases()) {
            postgres.createDatabase(database);
        }
        run.components().put(new ComponentRecord(Ports.POSTGRES, ComponentKind.INFRASTRUCTURE, pid, postgres.port(),
                null, ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).orElse(null)));
        progress.up(Ports.POSTGRES, pid, postgres.port());
        progress.action("", "databases " + String.join(", ", ServiceCatalogue.databases()));
    }

    void startKafka() {
        progress.action(Ports.KAFKA, "starting...");
        EmbeddedKafkaBroker broker = run.lifecycle().start(Ports.KAFKA,
                () -> EmbeddedKafkaBroker.start(layout.kafkaData(), ports.of(Ports.KAFKA),
                        ports.of(Ports.KAFKA_CONTROLLER)),
                server -> stopping(Ports.KAFKA, server::close));
        List<String> created = TopicProvisioner.createMissing(broker.bootstrapServers(), (short) 1);
        recordInProcess(Ports.KAFKA, ComponentKind.INFRASTRUCTURE, broker.port(), null);
        progress.up(Ports.KAFKA, run.runnerPid(), broker.port());
        progress.action("", Topics.all().size() + " topics from the catalogue (" + created.size() + " created now)");
    }

    void startSimulators() {
        PaymentSimulator payments = run.lifecycle().start(Ports.PAYMENT_SIMULATOR,
                () -> PaymentSimulator.start(ports.of(Ports.PAYMENT_SIMULATOR),
                        SimulatorBehaviour.fromEnvironment(SimulatorBehaviour.PAYMENTS_ENV_PREFIX)),
                simulator -> stopping(Ports.PAYMENT_SIMULATOR, simulator::close));
        recordInProcess(Ports.PAYMENT_SIMULATOR, ComponentKind.SIMULATOR, payments.port(),
                payments.baseUrl() + "/health");
        progress.up(Ports.PAYMENT_SIMULATOR, run.runnerPid(), payments.port());
        CarrierSimulator carriers = run.lifecycle().start(Ports.CARRIER_SIMULATOR,
                () -> CarrierSimulator.start(ports.of(Ports.CARRIER_SIMULATOR),
                        SimulatorBehaviour.fromEnvironment(SimulatorBehaviour.CARRIERS_ENV_PREFIX)),
                simulator -> stopping(Ports.CARRIER_SIMULATOR, simulator::close));
        recordInProcess(Ports.CARRIER_SIMULATOR, ComponentKind.SIMULATOR, carriers.port(),
                carriers.baseUrl() + "/health");
        progress.up(Ports.CARRIER_SIMULATOR, run.runnerPid(), carriers.port());
    }

    DevJwtKeys ensureKeys() {
        DevJwtKeys keys = DevJwtKeys.ensure(layout.keysDir());
        progress.action("dev-jwt-keys", "ready  " + keys.publicKey().getParent());
        return keys;
    }

    void publishDemoOrders() {
        run.lifecycle().throwIfStopping();
        int published = DemoOrderPublisher.publish("localhost:" + ports.of(Ports.KAFKA), Instant.now()).size();
        progress.action("demo-orders", "published " + published + " orders to " + Topics.ORDERS.name());
    }

    /** pg_ctl returns once the server has removed its pid file, a moment before the process is gone. */
    private static void closeAndAwaitExit(EmbeddedPostgresServer server) {
        Optional<ProcessHandle> postmaster = server.pid().stream().boxed().findFirst()
                .flatMap(ProcessHandle::of);
        server.close();
        postmaster.ifPresent(process -> {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new IllegalStateException("PostgreSQL (pid " + process.pid() + ") did not exit", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void recordInProcess(String name, ComponentKind kind, int port, String healthUrl) {
        ProcessHandle self = ProcessHandle.current();
        run.components().put(new ComponentRecord(name, kind, self.pid(), port, healthUrl,
                self.info().startInstant().orElse(null)));
    }

    private void stopping(String name, Runnable stop) {
        progress.action(name, "stopping...");
        stop.run();
        run.components().remove(name);
        progress.state(name, "DOWN", "");
    }
}
