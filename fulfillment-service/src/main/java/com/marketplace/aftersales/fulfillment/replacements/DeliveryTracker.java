package com.marketplace.aftersales.fulfillment.replacements;

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
 * Watches replacements on their way to the customer, driven by the database: claim the shipments due for a look with
 * a short lease, ask the carrier's tracking outside any transaction, record each answer in a new transaction. A new
 * shipment is looked at at once (woken on commit), then every poll interval until the carrier reports it delivered.
 * On its own thread, started and stopped with the application; a crash loses nothing (the lease runs out and the
 * shipment is looked at again).
 */
@Component
class DeliveryTracker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryTracker.class);
    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(30);

    private final ReplacementShipments shipments;
    private final CarrierClient carriers;
    private final DeliveryOutcomes outcomes;
    private final FulfillmentProperties.Tracking config;
    private final String owner = "fulfillment-tracker-" + UUID.randomUUID();
    private final WorkerLoop loop;

    DeliveryTracker(ReplacementShipments shipments, CarrierClient carriers, DeliveryOutcomes outcomes,
                    DeliveryWorkSignal signal, FulfillmentProperties properties) {
        this.shipments = shipments;
        this.carriers = carriers;
        this.outcomes = outcomes;
        this.config = properties.tracking();
        Duration worstCall = carriers.worstCaseDuration();
        if (config.lease().compareTo(worstCall.plusSeconds(5)) < 0) {
            throw new IllegalStateException("aftersales.fulfillment.tracking.lease (" + config.lease()
                    + ") must outlast a whole tracking call with its retries (" + worstCall + ") by at least 5 s");
        }
        this.loop = new WorkerLoop("delivery-tracker", signal, config.pollInterval(), Duration.ofSeconds(1),
                new WorkerLoop.Work() {
                    @Override
                    public int round() {
                        return DeliveryTracker.this.round();
                    }

                    @Override
                    public Optional<Duration> untilNextDue() {
                        return shipments.untilNextDue().blockOptional(DATABASE_TIMEOUT);
                    }
                });
    }

    @Override
    public void start() {
        loop.start();
        log.info("Delivery tracker {} started (poll {}, lease {})", owner, config.pollInterval(), config.lease());
    }

    @Override
    public void stop() {
        loop.stop(carriers.worstCaseDuration().plusSeconds(2));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** @return how many shipments were claimed */
    private int round() {
        List<TrackedShipment> claimed = shipments.claim(owner, config.batchSize(), config.lease())
                .collectList()
                .block(DATABASE_TIMEOUT);
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Flux.fromIterable(claimed)
                .flatMap(this::look, config.batchSize())
                .then()
                .block(config.lease());
        return claimed.size();
    }

    private Mono<Boolean> look(TrackedShipment shipment) {
        return carriers.track(shipment.carrier(), shipment.waybillNo())
                .flatMap(answer -> outcomes.record(shipment, answer, owner))
                .onErrorResume(e -> {
                    // Nothing recorded: the lease runs out and the shipment is looked at again.
                    log.atWarn().addKeyValue("caseId", shipment.caseId()).log(
                            "Could not record the tracking of {} {}; it will be looked at again: {}",
                            shipment.carrier(), shipment.waybillNo(), e.toString());
                    return Mono.empty();
                });
    }
}
