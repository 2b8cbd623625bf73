package com.marketplace.aftersales.devstack.up;

import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.state.ComponentKind;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.marketplace.aftersales.devstack.state.RunState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Clears up after a runner that died without stopping its children (kill -9, a crash). The services stop themselves
 * when their parent disappears, but a stuck one must not hold a port; PostgreSQL is handled where it starts.
 */
final class StaleRun {

    private StaleRun() {
    }

    /** @return the state of a runner that is still alive, if there is one (then nothing is touched) */
    static Optional<RunState> liveRunner(HomeLayout layout) {
        return ComponentsFile.read(layout.componentsFile()).filter(RunState::runnerAlive);
    }

    static void cleanUp(HomeLayout layout, Progress progress) {
        Optional<RunState> state = ComponentsFile.read(layout.componentsFile());
        if (state.isEmpty()) {
            return;
        }
        for (ComponentRecord component : state.get().components()) {
            if (component.kind() == ComponentKind.SERVICE && component.processAlive()) {
                progress.action(component.name(), "left running by an earlier run (pid " + component.pid()
                        + "); stopping it");
                ProcessHandle.of(component.pid()).ifPresent(StaleRun::stop);
            }
        }
        try {
            Files.deleteIfExists(layout.componentsFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
