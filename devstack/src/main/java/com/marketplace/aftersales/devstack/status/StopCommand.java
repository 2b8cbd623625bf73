package com.marketplace.aftersales.devstack.status;

import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.marketplace.aftersales.devstack.state.RunState;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code stop}: asks a running runner to stop (SIGTERM, the same as Ctrl-C in its terminal) and waits for it. */
public final class StopCommand {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final HomeLayout layout;
    private final PrintStream out;

    public StopCommand(HomeLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    public int run() {
        Optional<RunState> state = ComponentsFile.read(layout.componentsFile());
        Optional<ProcessHandle> runner = state.filter(RunState::runnerAlive)
                .flatMap(s -> ProcessHandle.of(s.runnerPid()));
        if (runner.isEmpty()) {
            out.println("aftersales is not running");
            return StatusCommand.NOT_RUNNING;
        }
        out.println("stopping the runner (pid " + runner.get().pid() + ")...");
        runner.get().destroy();
        try {
            runner.get().onExit().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            out.println("stopped");
            return 0;
        } catch (TimeoutException | ExecutionException e) {
            out.println("the runner did not stop within " + PATIENCE.toMinutes() + " min; see its terminal");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
