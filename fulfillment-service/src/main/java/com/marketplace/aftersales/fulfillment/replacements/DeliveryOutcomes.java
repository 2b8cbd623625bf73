package com.marketplace.aftersales.fulfillment.replacements;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.CaseLocks;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Records what a look at a shipment's tracking found, in a transaction of its own that starts after the call. Only
 * the tracker still holding the shipment's lease records, so a delivery is recorded (and announced) once even when a
 * lease ran out and another instance took the shipment over.
 * <ul>
 *   <li>delivered: the shipment is closed, the case gets {@code ReplacementDelivered} and {@code CaseResolved};</li>
 *   <li>anything else (in transit, a waybill the carrier does not know yet, no answer): looked at again after the
 *       poll interval, with what the carrier said, or why it said nothing, kept on the row.</li>
 * </ul>
 */
@Service
class DeliveryOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

    private final ReplacementShipments shipments;
    private final FulfillmentCases cases;
    private final CaseLocks locks;
    private final TransactionalOperator transactions;
    private final ReplacementMetrics metrics;
    private final Duration pollInterval;
    private final Clock clock;

    DeliveryOutcomes(ReplacementShipments shipments, FulfillmentCases cases, CaseLocks locks,
                     ReactiveTransactionManager transactionManager, ReplacementMetrics metrics,
                     FulfillmentProperties properties, Clock clock) {
        this.shipments = shipments;
        this.cases = cases;
        this.locks = locks;
        this.transactions = TransactionalOperator.create(transactionManager);
        this.metrics = metrics;
        this.pollInterval = properties.tracking().pollInterval();
        this.clock = clock;
    }

    /** @return whether this tracker recorded the look (false when another owns the shipment now) */
    Mono<Boolean> record(TrackedShipment shipment, TrackingAnswer answer, String owner) {
        // The case's lock first, as every writer of a case takes it: then the shipment row, then the case.
        return locks.lockForThisTransaction(shipment.caseId())
                .then(shipments.lockIfStillLeasedTo(shipment.caseId(), owner))
                .flatMap(stillOurs -> stillOurs ? apply(shipment, answer).thenReturn(true) : Mono.just(false))
                .as(transactions::transactional)
                .doOnNext(recorded -> {
                    if (recorded && answer instanceof TrackingAnswer.Delivered) {
                        metrics.delivered(shipment.kind(), Duration.between(shipment.shippedAt(), clock.instant()));
                        log.atInfo().addKeyValue("caseId", shipment.caseId()).log("{} {} {} delivered",
                                shipment.kind(), shipment.carrier(), shipment.waybillNo());
                    }
                });
    }

    private Mono<Void> apply(TrackedShipment shipment, TrackingAnswer answer) {
        if (answer instanceof TrackingAnswer.Delivered) {
            return shipments.markDelivered(shipment.caseId())
                    .then(cases.find(shipment.caseId()))
                    .switchIfEmpty(Mono.error(() -> new IllegalStateException("Shipment of case "
                            + shipment.caseId() + " has no case")))
                    .map(current -> current.replacementDelivered(shipment.carrier(), shipment.waybillNo(),
                            Actors.SYSTEM))
                    .flatMap(cases::save)
                    .then();
        }
        if (answer instanceof TrackingAnswer.InTransit inTransit) {
            return shipments.lookAgainIn(shipment.caseId(), pollInterval, inTransit.latestStatus(), null);
        }
        if (answer instanceof TrackingAnswer.UnknownWaybill) {
            log.atWarn().addKeyValue("caseId", shipment.caseId()).log(
                    "Carrier {} does not know waybill {} (yet); looking again in {}", shipment.carrier(),
                    shipment.waybillNo(), pollInterval);
            return shipments.lookAgainIn(shipment.caseId(), pollInterval, null,
                    "The carrier does not know the waybill");
        }
        String reason = ((TrackingAnswer.Unavailable) answer).reason();
        log.atWarn().addKeyValue("caseId", shipment.caseId()).log("Tracking of {} {} not available: {}",
                shipment.carrier(), shipment.waybillNo(), reason);
        return shipments.lookAgainIn(shipment.caseId(), pollInterval, null, reason);
    }
}
