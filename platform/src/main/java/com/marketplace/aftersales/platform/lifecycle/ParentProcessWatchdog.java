package com.marketplace.aftersales.platform.lifecycle;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When the local runner starts a service it passes its own process id; if the runner disappears without stopping its
 * children (killed with -9), the service shuts itself down instead of running on unsupervised.
 */
public class ParentProcessWatchdog implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

    private final Long parentPid;
    private final ConfigurableApplicationContext context;

    /** @param parentPid the supervising process, or null when nothing supervises this service */
    public ParentProcessWatchdog(Long parentPid, ConfigurableApplicationContext context) {
        this.parentPid = parentPid;
        this.context = context;
    }

    @Override
    public void afterPropertiesSet() {
        if (parentPid == null) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            shutDown();
            return;
        }
        parent.get().onExit().thenRun(this::shutDown);
    }

    private void shutDown() {
        log.warn("The process that started this service ({}) is gone; shutting down", parentPid);
        Thread exit = new Thread(() -> {
            context.close();
            System.exit(0);
        }, "parent-gone-shutdown");
        exit.start();
    }
}
