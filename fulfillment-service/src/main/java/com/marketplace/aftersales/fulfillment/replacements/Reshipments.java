package com.marketplace.aftersales.fulfillment.replacements;

import com.marketplace.aftersales.fulfillment.cases.CaseCommands;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import com.marketplace.aftersales.fulfillment.web.CaseAccess;
import com.marketplace.aftersales.fulfillment.web.CaseStepResult;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.support.AfterCommit;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The merchant ships the replacement (an exchange after the passed inspection, or a reship at once): the case records
 * it ({@code ReplacementShipped}), and the shipment joins the delivery tracker's queue in the same transaction. The
 * tracker is woken after the commit and takes its first look at once.
 */
@Service
class Reshipments {

    private final CaseCommands commands;
    private final ReplacementShipments shipments;
    private final DeliveryWorkSignal tracker;
    private final ReplacementMetrics metrics;
    private final Clock clock;

    Reshipments(CaseCommands commands, ReplacementShipments shipments, DeliveryWorkSignal tracker,
                ReplacementMetrics metrics, Clock clock) {
        this.commands = commands;
        this.shipments = shipments;
        this.tracker = tracker;
        this.metrics = metrics;
        this.clock = clock;
    }

    Mono<CaseStepResult> ship(UUID caseId, Caller caller, ReshipmentRequest shipment) {
        return commands.act(caseId, target -> CaseAccess.asMerchant(caller, target), (target, actor) -> {
                    Transition shipped = target.shipReplacement(shipment.carrier(), shipment.waybillNo(), actor);
                    return shipments.insert(caseId, target.replacementKind(), shipment.carrier(),
                                    shipment.waybillNo(), clock.instant())
                            .then(AfterCommit.run(() -> {
                                metrics.shipped(target.replacementKind());
                                tracker.wake();
                            }))
                            .thenReturn(shipped);
                })
                .map(CaseStepResult::of);
    }
}
