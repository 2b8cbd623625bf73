package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /internal/cases/{caseId}/withdrawal}: intake asks, synchronously and before it publishes
 * {@code CaseWithdrawn}, whether the customer may still withdraw a case; fulfillment decides, because only it knows
 * whether goods or money have moved, and makes the answer stick (tombstone or cancelled execution) in the same
 * transaction. Not routed by the gateway and not in the API document. The caller is the customer: intake
 * forwards the customer's own token, so fulfillment checks ownership itself, as for every other request.
 */
@Hidden
@RestController
class WithdrawalController {

    /** {@code 200}: the withdrawal stands; {@code execution} says what became of fulfillment's side. */
    record WithdrawalAccepted(UUID caseId, Withdrawals.Execution execution) {
    }

    private final Withdrawals withdrawals;

    WithdrawalController(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @PostMapping("/internal/cases/{caseId}/withdrawal")
    Mono<WithdrawalAccepted> withdraw(@PathVariable UUID caseId) {
        return Caller.current()
                .switchIfEmpty(Mono.error(() -> ApiProblem.forbidden("No authenticated caller")))
                .flatMap(caller -> caller.hasRole(Roles.CUSTOMER)
                        ? withdrawals.onRequest(caseId, caller.id())
                        : Mono.error(ApiProblem.forbidden("Only the case's customer withdraws it")))
                .map(execution -> new WithdrawalAccepted(caseId, execution));
    }
}
