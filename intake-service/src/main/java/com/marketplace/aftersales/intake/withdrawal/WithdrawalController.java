package com.marketplace.aftersales.intake.withdrawal;

import com.marketplace.aftersales.intake.cases.CaseStatusResponse;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/cases/{caseId}/withdraw}: the owner withdraws the request ({@code CaseWithdrawn}), which frees
 * the order line. Refused ({@code 409}) once the case has ended or goods or money have moved; an open case is put to
 * fulfillment first ({@code 503} with {@code Retry-After} while it cannot answer).
 */
@RestController
class WithdrawalController {

    private final Withdrawals withdrawals;

    WithdrawalController(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @PostMapping("/api/v1/cases/{caseId}/withdraw")
    Mono<ResponseEntity<CaseStatusResponse>> withdraw(@PathVariable UUID caseId,
                                                      @Valid @RequestBody(required = false) WithdrawalRequest body,
                                                      @RequestHeader(name = IdempotentRequests.HEADER,
                                                              required = false) String idempotencyKey,
                                                      ServerHttpRequest http) {
        WithdrawalRequest request = body == null ? WithdrawalRequest.NO_REASON : body;
        return Callers.withAnyRole(Callers.CUSTOMERS)
                .flatMap(customer -> withdrawals.withdraw(customer, caseId, request, http, idempotencyKey));
    }
}
