package com.marketplace.aftersales.platform.outbox;

import com.marketplace.aftersales.platform.PlatformProperties;
import com.marketplace.aftersales.platform.outbox.OutboxPublisher.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes committed outbox rows, in id order, on one thread of its own. It is woken by the commit notification of
 * each transaction that appended rows (PostgreSQL NOTIFY is delivered on commit, to every instance), and polls only as
 * a safety net. Only the instance holding the relay lock publishes.
 * <p>
 * A row the broker refuses for the row's own sake (too large, invalid) is retried a few times, then parked for an
 * operator; a broker that is away (timeouts, not enough replicas, no permission) stops the round and is waited for,
 * parking nothing.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final OutboxStore store;
    private final RelayLeadership leadership;
    private final Supplier<OutboxPublisher> publishers;
    private OutboxPublisher publisher;
    private final OutboxMetrics metrics;
    private final PlatformProperties.Outbox config;
    private final Clock clock;
    private final RelayFaultInjector faults;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean crashed;
    private Thread thread;

    OutboxRelay(OutboxStore store, Function<Runnable, RelayLeadership> leadership,
                Supplier<OutboxPublisher> publishers, OutboxMetrics metrics, PlatformProperties.Outbox config,
                Clock clock, RelayFaultInjector faults) {
        this.store = store;
        this.leadership = leadership.apply(this::wake);
        this.publishers = publishers;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
        this.faults = faults;
    }

    /** Called for every commit notification. */
    void wake() {
        wakeups.release();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        crashed = false;
        publisher = publishers.get();
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeups.release();
        if (thread != null) {
            try {
                thread.join(config.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        leadership.release();
        metrics.leader(false);
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running && !crashed;
    }

    /**
     * Stops after the web server has drained its requests (and after the consumers and workers, default phase), so
     * the events those last transactions committed are still published; starts before them.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** False once the relay thread died of a simulated crash; a standby instance's relay is healthy. */
    public boolean isHealthy() {
        return !running || !crashed;
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                if (!backoff.isZero()) {
                    waitForWakeup(backoff);
                }
                backoff = round() ? Duration.ZERO : next(backoff);
            } catch (RelayFaultInjector.SimulatedCrash crash) {
                log.warn("Outbox relay {}", crash.getMessage());
                crashed = true;
                leadership.release();
                metrics.leader(false);
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed; retrying: {}", e.toString());
                backoff = next(backoff);
            }
        }
    }

    /** @return false when the round should be followed by a backoff */
    private boolean round() {
        boolean leader = leadership.tryAcquire();
        metrics.leader(leader);
        if (!leader) {
            waitForWakeup(config.standbyInterval());
            return true;
        }
        wakeups.drainPermits();
        List<OutboxRow> batch = store.fetchUnsent(config.batchSize());
        if (batch.isEmpty()) {
            metrics.oldestUnsent(null);
            if (!waitForWakeup(config.pollInterval())) {
                leadership.confirm();
            }
            return true;
        }
        metrics.oldestUnsent(batch.get(0).createdAt());
        List<UUID> ids = batch.stream().map(OutboxRow::eventId).toList();
        faults.beforeSend(ids);
        List<SendOutcome> outcomes = publisher.publish(batch, config.sendTimeout());
        faults.afterSendBeforeMark(ids);
        store.markPublished(outcomes.stream().filter(SendOutcome::succeeded).map(o -> o.row().id()).toList(),
                clock.instant());
        boolean brokerAway = false;
        for (SendOutcome outcome : outcomes) {
            if (outcome.succeeded()) {
                metrics.sent(outcome.row());
            } else {
                metrics.failed(outcome.row(), outcome.failure());
                brokerAway |= handleFailure(outcome);
            }
        }
        return !brokerAway;
    }

    /** @return true when the failure is the broker's, not the row's */
    private boolean handleFailure(SendOutcome outcome) {
        Throwable failure = outcome.failure();
        OutboxRow row = outcome.row();
        if (failure instanceof RetriableException || failure instanceof AuthorizationException
                || failure instanceof AuthenticationException || failure instanceof InterruptedException) {
            log.warn("Broker unavailable for {} ({}); will retry: {}", row.topic(), row.eventType(), failure.toString());
            return true;
        }
        boolean park = row.attempts() + 1 >= config.maxAttempts();
        store.recordFailure(row.id(), failure.toString(), park, clock.instant());
        if (park) {
            metrics.parked(row);
            log.error("Parked outbox event {} ({} for case {}) after {} attempts: {}", row.eventId(), row.eventType(),
                    row.key(), row.attempts() + 1, failure.toString());
        }
        return false;
    }

    /** @return true if woken by a notification, false if the wait ran out */
    private boolean waitForWakeup(Duration max) {
        try {
            return wakeups.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    private static Duration next(Duration backoff) {
        Duration doubled = backoff.isZero() ? Duration.ofMillis(100) : backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }
}
