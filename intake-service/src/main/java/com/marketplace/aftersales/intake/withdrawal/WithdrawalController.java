package com.marketplace.aftersales.intake.withdrawal;

import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.cases.CaseChanges;
import com.marketplace.aftersales.intake.cases.CaseStatusResponse;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import jakarta.validation.Valid;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * the order line. Refused ({@code 409}) once the case has ended or goods or money have moved.
 */
@RestController
class WithdrawalController {

    private static final Logger log = LoggerFactory.getLogger(WithdrawalController.class);

    private final CaseChanges cases;
    private final IdempotentCommands commands;
    private final IntakeMetrics metrics;

    WithdrawalController(CaseChanges cases, IdempotentCommands commands, IntakeMetrics metrics) {
        this.cases = cases;
        this.commands = commands;
        this.metrics = metrics;
    }

    @PostMapping("/api/v1/cases/{caseId}/withdraw")
    Mono<ResponseEntity<CaseStatusResponse>> withdraw(@PathVariable UUID caseId,
                                                      @Valid @RequestBody(required = false) WithdrawalRequest body,
                                                      @RequestHeader(name = IdempotentRequests.HEADER,
                                                              required = false) String idempotencyKey,
                                                      ServerHttpRequest http) {
        WithdrawalRequest request = body == null ? WithdrawalRequest.NO_REASON : body;
        return commands.run(http, idempotencyKey, Callers.CUSTOMERS, request, CaseStatusResponse.class,
                customer -> cases.decide(caseId, found -> found.isOwnedBy(customer.id()),
                                found -> found.withdraw(request.reason(), Callers.customer(customer, found.channel())))
                        .doOnNext(change -> {
                            metrics.withdrawn();
                            log.atInfo().addKeyValue("caseId", caseId).log("Case withdrawn");
                        })
                        .map(change -> CaseStatusResponse.ok(change.after())));
    }
}
