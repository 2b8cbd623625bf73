package com.marketplace.aftersales.fulfillment.returns;

import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.fulfillment.cases.CaseCommands;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import com.marketplace.aftersales.fulfillment.execution.RemedySteps;
import com.marketplace.aftersales.fulfillment.web.CaseAccess;
import com.marketplace.aftersales.fulfillment.web.CaseStepResult;
import com.marketplace.aftersales.platform.security.Caller;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The steps of a return: the customer ships it, the warehouse (or merchant) confirms receipt, the merchant inspects
 * it; a passed inspection leads straight to the remedy's next step (the money, or the replacement to ship). Each
 * step runs as a {@link CaseCommands case command}: under the case's lock, on the caller's own case, in the caller's
 * transaction.
 */
@Service
class ReturnSteps {

    private final CaseCommands commands;
    private final RemedySteps remedySteps;

    ReturnSteps(CaseCommands commands, RemedySteps remedySteps) {
        this.commands = commands;
        this.remedySteps = remedySteps;
    }

    Mono<CaseStepResult> shipReturn(UUID caseId, Caller caller, ReturnRequests.ReturnShipment shipment) {
        return commands.act(caseId, target -> CaseAccess.asCustomer(caller, target),
                        (target, actor) -> Mono.just(target.shipReturn(shipment.carrier(), shipment.waybillNo(),
                                actor)))
                .map(CaseStepResult::of);
    }

    Mono<CaseStepResult> confirmReceipt(UUID caseId, Caller caller, String note) {
        return commands.act(caseId, target -> CaseAccess.asReceiver(caller, target),
                        (target, actor) -> Mono.just(target.receiveReturn(note, actor)))
                .map(CaseStepResult::of);
    }

    Mono<CaseStepResult> inspect(UUID caseId, Caller caller, ReturnRequests.Verdict verdict, String note) {
        InspectionResult result = verdict == ReturnRequests.Verdict.PASSED
                ? InspectionResult.PASSED : InspectionResult.FAILED;
        return commands.act(caseId, target -> CaseAccess.asMerchant(caller, target), (target, actor) -> {
                    Transition inspected = target.inspect(result, note, actor);
                    return result == InspectionResult.PASSED
                            ? inspected.thenAsync(remedySteps::afterPassedInspection)
                            : Mono.just(inspected);
                })
                .map(CaseStepResult::of);
    }
}
