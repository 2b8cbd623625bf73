package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import com.marketplace.aftersales.fulfillment.support.WorkerLoop;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pays requested refunds and compensation payouts, driven by the database rather than by Kafka (so no partition is held while a provider call
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

    private final PaymentQueue queue;
    private final PaymentsClient payments;
    private final PaymentOutcomes outcomes;
    private final PaymentCallCrashHook crashHook;
    private final FulfillmentProperties.RefundWorker config;
    private final String owner = "fulfillment-" + UUID.randomUUID();
    private final WorkerLoop loop;

    PaymentWorker(PaymentQueue queue, PaymentsClient payments, PaymentOutcomes outcomes, PaymentCallCrashHook crashHook,
                  PaymentWorkSignal signal, FulfillmentProperties properties) {
        this.queue = queue;
        this.payments = payments;
        this.outcomes = outcomes;
        this.crashHook = crashHook;
        this.config = properties.refundWorker();
        Duration worstCall = payments.worstCaseDuration();
        if (config.lease().compareTo(worstCall.plusSeconds(5)) < 0) {
            throw new IllegalStateException("aftersales.fulfillment.refund-worker.lease (" + config.lease()
                    + ") must outlast a whole payment call with its retries (" + worstCall
                    + ") by at least 5 s, or two instances could pay the same refund concurrently");
        }
        this.loop = new WorkerLoop("payment-worker", signal, config.pollInterval(), config.initialBackoff(),
                new WorkerLoop.Work() {
                    @Override
                    public int round() {
                        return PaymentWorker.this.round();
                    }

                    @Override
                    public Optional<Duration> untilNextDue() {
                        return queue.untilNextDue().blockOptional(DATABASE_TIMEOUT);
                    }
                });
    }

    @Override
    public void start() {
        loop.start();
        log.info("Payment worker {} started (lease {}, poll {})", owner, config.lease(), config.pollInterval());
    }

    @Override
    public void stop() {
        loop.stop(payments.worstCaseDuration().plusSeconds(2));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** @return how many payments were claimed */
    private int round() {
        List<ClaimedPayment> claimed = queue.claim(owner, config.batchSize(), config.lease())
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

    private Mono<Settlement> pay(ClaimedPayment refund) {
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
    private Mono<ProviderAnswer> call(ClaimedPayment refund) {
        if (refund.status() == PaymentStatus.PENDING) {
            return payments.lookUp(refund.idempotencyKey())
                    .flatMap(answer -> answer instanceof ProviderAnswer.Unknown
                            ? payments.requestRefund(refund.instruction()) : Mono.just(answer));
        }
        return payments.requestRefund(refund.instruction());
    }
}
