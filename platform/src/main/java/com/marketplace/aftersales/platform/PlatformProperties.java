package com.marketplace.aftersales.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Every timing and size of the platform is configuration ({@code aftersales.*}), with defaults for a small box. */
@ConfigurationProperties("aftersales")
public record PlatformProperties(Outbox outbox, Consumer consumer, Inbox inbox, Supervisor supervisor) {

    public PlatformProperties {
        outbox = outbox == null ? new Outbox(null, null, null, null, null, null, null) : outbox;
        consumer = consumer == null ? new Consumer(null, null, null, null, null, null, null) : consumer;
        inbox = inbox == null ? new Inbox(null, null) : inbox;
        supervisor = supervisor == null ? new Supervisor(null) : supervisor;
    }

    /**
     * @param pollInterval       safety-net poll when no commit notification arrives (the relay is woken on commit)
     * @param batchSize          rows published per round
     * @param sendTimeout        how long one round waits for the broker's acknowledgements
     * @param maxAttempts        record-level failures before a row is parked
     * @param standbyInterval    how often a non-leader instance tries to become the relay
     * @param retainPublished    how long published rows are kept for inspection before housekeeping deletes them
     * @param housekeepingInterval how often housekeeping runs
     */
    public record Outbox(Duration pollInterval, Integer batchSize, Duration sendTimeout, Integer maxAttempts,
                         Duration standbyInterval, Duration retainPublished, Duration housekeepingInterval) {
        public Outbox {
            pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
            batchSize = batchSize == null ? 200 : batchSize;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
            maxAttempts = maxAttempts == null ? 5 : maxAttempts;
            standbyInterval = standbyInterval == null ? Duration.ofSeconds(5) : standbyInterval;
            retainPublished = retainPublished == null ? Duration.ofDays(7) : retainPublished;
            housekeepingInterval = housekeepingInterval == null ? Duration.ofMinutes(10) : housekeepingInterval;
        }
    }

    /**
     * @param concurrency      consumer threads per instance (partitions are spread over them)
     * @param retries          redeliveries of a failing record before it goes to the dead-letter topic
     * @param initialBackoff   wait before the first redelivery; doubles up to {@code maxBackoff}
     * @param maxBackoff       longest wait between redeliveries
     * @param handlerTimeout   how long one record's handling may take before it counts as failed
     * @param replayTimeout    how long a dead-letter replay may run
     * @param infrastructureMaxBackoff longest wait between attempts while the database (or another dependency) is away;
     *                         such failures are retried until they pass, never dead-lettered
     */
    public record Consumer(Integer concurrency, Integer retries, Duration initialBackoff, Duration maxBackoff,
                           Duration handlerTimeout, Duration replayTimeout, Duration infrastructureMaxBackoff) {
        public Consumer {
            concurrency = concurrency == null ? 2 : concurrency;
            retries = retries == null ? 3 : retries;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
            handlerTimeout = handlerTimeout == null ? Duration.ofSeconds(30) : handlerTimeout;
            replayTimeout = replayTimeout == null ? Duration.ofMinutes(5) : replayTimeout;
            infrastructureMaxBackoff = infrastructureMaxBackoff == null ? Duration.ofSeconds(30)
                    : infrastructureMaxBackoff;
        }
    }

    /**
     * @param retention how long applied event ids are remembered; longer than any redelivery (topic retention of a
     *                  consumer's lag, offset resets) can reach back
     */
    public record Inbox(Duration retention, Duration housekeepingInterval) {
        public Inbox {
            retention = retention == null ? Duration.ofDays(45) : retention;
            housekeepingInterval = housekeepingInterval == null ? Duration.ofHours(1) : housekeepingInterval;
        }
    }

    /** @param parentPid when set (by the local runner), the service exits when that process is gone */
    public record Supervisor(Long parentPid) {
    }
}
