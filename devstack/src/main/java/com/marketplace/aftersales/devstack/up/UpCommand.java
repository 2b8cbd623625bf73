package com.marketplace.aftersales.devstack.up;

import com.marketplace.aftersales.devstack.config.Settings;
import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import com.marketplace.aftersales.devstack.services.ServiceDefinition;
import com.marketplace.aftersales.devstack.services.ServiceEnvironment;
import com.marketplace.aftersales.devstack.services.ServiceLaunch;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.marketplace.aftersales.devstack.state.RunState;
import com.marketplace.aftersales.devstack.state.RunnerLock;
import com.marketplace.aftersales.devstack.supervisor.ChildFailedException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * {@code up}: starts PostgreSQL, Kafka, the simulators and the services, prints {@value Banner#READY}, and keeps
 * them running until SIGINT/SIGTERM, when it stops them in reverse order. Refuses to start next to a running
 * runner, with missing jars, or on taken ports; a failed start stops whatever had already started.
 */
public final class UpCommand {

    public static final int FAILED = 1;
    private static final String BUILD_COMMAND = "./mvnw -B -DskipTests package";

    private final Settings settings;
    private final PrintStream out;
    private final Progress progress;

    public UpCommand(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.progress = new Progress(out);
    }

    public int run() {
        List<ServiceDefinition> services = ServiceCatalogue.select(settings.only());
        Optional<RunnerLock> lock = RunnerLock.tryAcquire(settings.layout().lockFile());
        Optional<RunState> live = StaleRun.liveRunner(settings.layout());
        if (lock.isEmpty() || live.isPresent()) {
            lock.ifPresent(RunnerLock::close);
            out.println("aftersales is already running" + live.map(s -> " (runner pid " + s.runnerPid() + ")")
                    .orElse("") + " with home " + settings.layout().home()
                    + "; stop it first (Ctrl-C in its terminal, or ./aftersales stop)");
            return FAILED;
        }
        try (RunnerLock held = lock.get()) {
            return runHoldingLock(services);
        }
    }

    private int runHoldingLock(List<ServiceDefinition> services) {
        StaleRun.cleanUp(settings.layout(), progress);
        if (!preflightPassed(services)) {
            return FAILED;
        }
        progress.line("starting aftersales in " + settings.layout().home()
                + (settings.ports().offset() != 0 ? " (ports shifted by " + settings.ports().offset() + ")" : ""));
        ComponentsFile components = new ComponentsFile(settings.layout().componentsFile(),
                ServiceEnvironment.url(settings.ports(), ServiceCatalogue.GATEWAY));
        components.write();
        RunContext run = new RunContext(settings, progress, components);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(run);
            stopped.countDown();
        }, "aftersales-stop"));
        try {
            startEverything(run, services);
            Banner.lines(settings, services).forEach(progress::plain);
        } catch (RunLifecycle.StopRequested e) {
            awaitQuietly(stopped);
            return 0;
        } catch (RuntimeException | Error e) {
            if (run.lifecycle().isStopping()) {
                // a stop (Ctrl-C) pulled the ground from under a starting step: not a failure of its own
                awaitQuietly(stopped);
                return 0;
            }
            return failed(run, e);
        }
        awaitQuietly(stopped); // until SIGINT/SIGTERM; the JVM exits once the stop hook has finished
        return 0;
    }

    private int failed(RunContext run, Throwable e) {
        if (e instanceof ChildFailedException) {
            progress.line("FAILED: " + e.getMessage());
            showLogTail(settings.layout().logFile(((ChildFailedException) e).child()));
        } else {
            // Errors too (a missing class, out of memory): the started servers must not outlive a dead main thread.
            progress.line("FAILED: " + describe(e));
        }
        stop(run);
        return FAILED;
    }

    private void startEverything(RunContext run, List<ServiceDefinition> services) {
        InfrastructureSteps infrastructure = new InfrastructureSteps(run);
        infrastructure.startPostgres();
        infrastructure.startKafka();
        infrastructure.startSimulators();
        DevJwtKeys keys = infrastructure.ensureKeys();
        infrastructure.publishDemoOrders();
        new ServiceSteps(run).start(services, keys);
    }

    private boolean preflightPassed(List<ServiceDefinition> services) {
        List<ServiceDefinition> missing = ServiceLaunch.missingJars(services, settings.repo());
        if (!missing.isEmpty()) {
            out.println("Cannot start: these services are not built yet:");
            missing.forEach(s -> out.printf("  %-20s %s%n", s.name(), s.jar(settings.repo())));
            out.println("Build them with:   " + BUILD_COMMAND);
            List<String> built = services.stream().filter(s -> !missing.contains(s))
                    .map(ServiceDefinition::name).toList();
            out.println("or start a subset: ./aftersales up --only '" + String.join(",", built) + "'");
            return false;
        }
        Map<String, Integer> taken = PortCheck.taken(portsOfThisRun(services));
        if (!taken.isEmpty()) {
            out.println("Cannot start: ports already in use: " + taken.entrySet().stream()
                    .map(e -> e.getValue() + " (" + e.getKey() + ")").collect(Collectors.joining(", ")));
            out.println("Stop whatever holds them, or shift every port with AFTERSALES_PORT_OFFSET=<n> "
                    + "(or --port-offset <n>), or set AFTERSALES_<COMPONENT>_PORT.");
            return false;
        }
        return true;
    }

    private Map<String, Integer> portsOfThisRun(List<ServiceDefinition> services) {
        Map<String, Integer> ports = new HashMap<>(settings.ports().all());
        ServiceCatalogue.all().stream().filter(s -> !services.contains(s)).forEach(s -> ports.remove(s.name()));
        return ports;
    }

    /** Stops everything once, whoever asks first (the signal hook or a failed start), and checks nothing is left. */
    private void stop(RunContext run) {
        boolean stoppedNow = run.lifecycle().stopAll(problem -> progress.line("warning: " + problem));
        if (!stoppedNow) {
            return;
        }
        run.components().delete();
        List<ProcessHandle> left = run.startedProcesses().stream().filter(UpCommand::stillAliveAfterGrace).toList();
        if (left.isEmpty()) {
            progress.line("stopped; nothing left running");
        } else {
            progress.line("warning: still running after stop: " + left.stream()
                    .map(p -> p.pid() + " " + p.info().command().orElse("?")).collect(Collectors.joining(", ")));
        }
    }

    private static boolean stillAliveAfterGrace(ProcessHandle process) {
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
            return false;
        } catch (TimeoutException | ExecutionException e) {
            return process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return process.isAlive();
        }
    }

    private void showLogTail(Path log) {
        try {
            if (Files.isRegularFile(log)) {
                // Lenient decoding: a child's log may hold anything, and this is only for a human to read.
                List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
                progress.plain("----- last lines of " + log + " -----");
                lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(progress::plain);
                progress.plain("-----");
            }
        } catch (IOException e) {
            progress.line("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e.getCause() != null && e.getCause().getMessage() != null && !message.contains(e.getCause().getMessage())
                ? message + ": " + e.getCause().getMessage() : message;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
