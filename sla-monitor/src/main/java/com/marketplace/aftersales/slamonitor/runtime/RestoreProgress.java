package com.marketplace.aftersales.slamonitor.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restore progress of the monitor's stores, for the dashboards and the benchmark: after a crash or a move of tasks, a
 * store is rebuilt from its changelog before its timers fire again, and how long that takes is how long deadlines
 * wait.
 * <ul>
 *   <li>{@code aftersales.sla.restore.remaining{store}}: changelog records (offsets) still to restore, summed over the
 *       partitions being restored; 0 when nothing is restoring.</li>
 *   <li>{@code aftersales.sla.restore.restored{store}}: records restored so far (counter).</li>
 * </ul>
 */
public final class RestoreProgress implements StateRestoreListener {

    public static final String REMAINING = "aftersales.sla.restore.remaining";
    public static final String RESTORED = "aftersales.sla.restore.restored";

    private static final Logger log = LoggerFactory.getLogger(RestoreProgress.class);

    private final MeterRegistry registry;
    /** Per store and changelog partition: the offset the restore ends at, and where it got to. */
    private final Map<String, Map<TopicPartition, long[]>> restoring = new ConcurrentHashMap<>();

    public RestoreProgress(MeterRegistry registry, Collection<String> stores) {
        this.registry = registry;
        for (String store : stores) {
            restoring.put(store, new ConcurrentHashMap<>());
            Gauge.builder(REMAINING, this, progress -> progress.remaining(store))
                    .description("Changelog records still to restore before the store's timers fire again")
                    .tag("store", store)
                    .register(registry);
        }
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
        log.info("Restoring {} from {} offsets {}..{}", store, partition, startingOffset, endingOffset);
        partitions(store).put(partition, new long[] {endingOffset, startingOffset});
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
        long[] progress = partitions(store).get(partition);
        if (progress != null) {
            progress[1] = batchEndOffset + 1;
        }
        restored(store).increment(numRestored);
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
        log.info("Restored {} from {}: {} records", store, partition, totalRestored);
        partitions(store).remove(partition);
    }

    @Override
    public void onRestoreSuspended(TopicPartition partition, String store, long totalRestored) {
        partitions(store).remove(partition); // the task moved to another instance mid-restore
    }

    double remaining(String store) {
        long sum = 0;
        for (long[] progress : partitions(store).values()) {
            sum += Math.max(0, progress[0] - progress[1]);
        }
        return sum;
    }

    private Map<TopicPartition, long[]> partitions(String store) {
        return restoring.computeIfAbsent(store, name -> new ConcurrentHashMap<>());
    }

    private Counter restored(String store) {
        return Counter.builder(RESTORED).description("Changelog records restored into the store")
                .tag("store", store).register(registry);
    }
}
