package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pays requested refunds, driven by the database rather than by Kafka (so no partition is held while a provider call
 * hangs, and a refund is never lost with a consumer offset). On its own thread, started and stopped with the
 * application: claim due refunds with a short lease, call the provider outside any transaction, record each answer
 * in a new transaction. It is woken when a refund is committed, sleeps until the next retry or recheck falls due,
 * and polls as a safety net.
 * <p>
 * Crash safety: a process that dies after the provider paid but before the outcome committed leaves the refund
 * REQUESTED. Once its lease runs out a worker pays it again under the same idempotency key, and the provider answers
 * with the refund it already made.
 */
@Component
class PaymentWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PaymentWorker.class);
    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(30);
    /** Shortest sleep between rounds that found nothing to claim, so a row locked by another instance is no busy loop. */
    private static final Duration MIN_IDLE = Duration.ofMillis(100);

    private final RefundQueue queue;
    private final PaymentsClient payments;
    private final RefundOutcomes outcomes;
    private final PaymentCallCrashHook crashHook;
    private final PaymentWorkSignal signal;
    private final FulfillmentProperties.RefundWorker config;
    private final String owner = "fulfillment-" + UUID.randomUUID();
    private volatile boolean running;
    private Thread thread;

    PaymentWorker(RefundQueue queue, PaymentsClient payments, RefundOutcomes outcomes, PaymentCallCrashHook crashHook,
                  PaymentWorkSignal signal, FulfillmentProperties properties) {
        this.queue = queue;
        this.payments = payments;
        this.outcomes = outcomes;
        this.crashHook = crashHook;
        this.signal = signal;
        this.config = properties.refundWorker();
        Duration worstCall = payments.worstCaseDuration();
        if (config.lease().compareTo(worstCall.plusSeconds(5)) < 0) {
            throw new IllegalStateException("aftersales.fulfillment.refund-worker.lease (" + config.lease()
                    + ") must outlast a whole payment call with its retries (" + worstCall
                    + ") by at least 5 s, or two instances could pay the same refund concurrently");
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "payment-worker");
        thread.setDaemon(true);
        thread.start();
        log.info("Payment worker {} started (lease {}, poll {})", owner, config.lease(), config.pollInterval());
    }

    @Override
    public synchronized void stop() {
        running = false;
        signal.wake();
        if (thread != null) {
            try {
                thread.join(payments.worstCaseDuration().plusSeconds(2).toMillis());
                thread.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (round() == 0) {
                    signal.await(idleTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Payment worker round failed; trying again: {}", e.toString());
                try {
                    signal.await(config.initialBackoff());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** @return how many refunds were claimed */
    private int round() {
        List<ClaimedRefund> claimed = queue.claim(owner, config.batchSize(), config.lease())
                .collectList()
                .block(DATABASE_TIMEOUT);
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Flux.fromIterable(claimed)
                .flatMap(this::pay, config.batchSize())
                .then()
                .block(config.lease());
        return claimed.size();
    }

    private Mono<Settlement> pay(ClaimedRefund refund) {
        return call(refund)
                .doOnNext(answer -> {
                    if (answer.settlesOrAcknowledges()) {
                        crashHook.afterProviderAnswered();
                    }
                })
                .flatMap(answer -> outcomes.record(refund, answer, owner))
                .onErrorResume(e -> {
                    // Nothing recorded: the lease runs out and the refund is paid again under the same key.
                    log.atWarn().addKeyValue("caseId", refund.caseId()).log(
                            "Could not record the outcome of refund {}; it will be retried: {}", refund.refundId(),
                            e.toString());
                    return Mono.empty();
                });
    }

    /**
     * A PENDING refund is looked up by its key; a REQUESTED one is (re)sent, which is also how a refund whose answer
     * was lost in a crash or a timeout is reconciled: the same key gives the existing refund.
     */
    private Mono<ProviderAnswer> call(ClaimedRefund refund) {
        if (refund.status() == RefundStatus.PENDING) {
            return payments.lookUp(refund.idempotencyKey())
                    .flatMap(answer -> answer instanceof ProviderAnswer.Unknown
                            ? payments.requestRefund(refund.instruction()) : Mono.just(answer));
        }
        return payments.requestRefund(refund.instruction());
    }

    private Duration idleTime() {
        Duration untilDue = queue.untilNextDue().blockOptional(DATABASE_TIMEOUT).orElse(config.pollInterval());
        if (untilDue.compareTo(config.pollInterval()) > 0) {
            return config.pollInterval();
        }
        return untilDue.compareTo(MIN_IDLE) < 0 ? MIN_IDLE : untilDue;
    }
}
