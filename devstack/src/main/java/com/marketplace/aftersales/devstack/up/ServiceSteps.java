package com.marketplace.aftersales.devstack.up;

import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import com.marketplace.aftersales.devstack.probe.HealthProbe;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import com.marketplace.aftersales.devstack.services.ServiceDefinition;
import com.marketplace.aftersales.devstack.services.ServiceLaunch;
import com.marketplace.aftersales.devstack.supervisor.ChildFailedException;
import com.marketplace.aftersales.devstack.supervisor.ChildLauncher;
import com.marketplace.aftersales.devstack.supervisor.ChildSpec;
import com.marketplace.aftersales.devstack.supervisor.RestartPolicy;
import com.marketplace.aftersales.devstack.supervisor.SupervisedChild;
import com.marketplace.aftersales.devstack.supervisor.Supervisor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the services under supervision: a few at a time (starting Spring Boot is CPU bound, and more at once only
 * makes each slower), the gateway last, once everything behind it is ready.
 */
final class ServiceSteps {

    private final RunContext run;

    ServiceSteps(RunContext run) {
        this.run = run;
    }

    void start(List<ServiceDefinition> services, DevJwtKeys keys) {
        if (services.isEmpty()) {
            run.progress().action("services", "none selected (--only)");
            return;
        }
        ChildLauncher launcher = new ChildLauncher();
        if (!launcher.detachesFromTerminal()) {
            run.progress().line("warning: setsid not found; a Ctrl-C in this terminal also reaches the services");
        }
        Supervisor supervisor = run.lifecycle().start("services",
                () -> new Supervisor(launcher, new HealthProbe(), RestartPolicy.standard(run.settings().startupTimeout()),
                        new ServiceProgress(run), run.settings().stopGrace()),
                Supervisor::close);
        List<ServiceDefinition> behindGateway = services.stream()
                .filter(s -> !s.equals(ServiceCatalogue.GATEWAY)).toList();
        List<CompletableFuture<SupervisedChild>> starting = new ArrayList<>();
        for (ServiceDefinition service : behindGateway) {
            while (countUnfinished(starting) >= run.settings().parallelStarts()) {
                awaitAny(starting);
            }
            starting.add(supervisor.start(spec(service, keys)));
        }
        for (CompletableFuture<SupervisedChild> future : starting) {
            await(future);
        }
        if (services.contains(ServiceCatalogue.GATEWAY)) {
            await(supervisor.start(spec(ServiceCatalogue.GATEWAY, keys)));
        }
    }

    private ChildSpec spec(ServiceDefinition service, DevJwtKeys keys) {
        run.lifecycle().throwIfStopping();
        return ServiceLaunch.specFor(service, run.settings(), keys, run.runnerPid());
    }

    private static long countUnfinished(List<CompletableFuture<SupervisedChild>> futures) {
        return futures.stream().filter(f -> !f.isDone()).count();
    }

    /** Waits until one more start finishes; a failed start ends the whole {@code up}. */
    private void awaitAny(List<CompletableFuture<SupervisedChild>> futures) {
        await(CompletableFuture.anyOf(futures.stream().filter(f -> !f.isDone())
                .toArray(CompletableFuture[]::new)));
        for (CompletableFuture<SupervisedChild> future : futures) {
            if (future.isDone()) {
                await(future);
            }
        }
    }

    /** Waits in short slices, so a Ctrl-C during a long start is noticed at once. */
    private void await(CompletableFuture<?> future) {
        while (true) {
            run.lifecycle().throwIfStopping();
            try {
                future.get(200, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // still starting
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ChildFailedException) {
                    throw (ChildFailedException) e.getCause();
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunLifecycle.StopRequested();
            }
        }
    }
}
