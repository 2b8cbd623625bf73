package com.marketplace.aftersales.platform.outbox;

import com.marketplace.aftersales.platform.PlatformProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes rows published long ago and refreshes the parked-rows gauge. */
class OutboxHousekeeping implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final OutboxStore store;
    private final OutboxMetrics metrics;
    private final PlatformProperties.Outbox config;
    private final Clock clock;

    OutboxHousekeeping(OutboxStore store, OutboxMetrics metrics, PlatformProperties.Outbox config, Clock clock) {
        this.store = store;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void run() {
        long deleted = store.deletePublishedBefore(clock.instant().minus(config.retainPublished()));
        if (deleted > 0) {
            log.info("Deleted {} outbox rows published more than {} ago", deleted, config.retainPublished());
        }
        metrics.parkedRows(store.countParked());
    }
}
